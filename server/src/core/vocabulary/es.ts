import type { LanguageVocabulary } from './types';

export const es: LanguageVocabulary = {
  lang: 'es',
  names: {
    pressRelease: ['comunicado de prensa', 'nota de prensa', 'comunicado', 'boletín de prensa'],
    faq: ['preguntas frecuentes', 'preguntas y respuestas', 'faq', 'preguntas'],
    internal: ['interno', 'interna', 'internos', 'internas', 'partes interesadas', 'dirección', 'negocio'],
    external: ['externo', 'externa', 'externos', 'externas', 'clientes', 'cliente', 'usuarios', 'público'],
    other: ['anexo', 'anexos', 'apéndice', 'apéndices', 'glosario', 'referencias', 'diseño técnico', 'especificación', 'preguntas abiertas'],
    body: ['cuerpo', 'texto', 'cuerpo del comunicado'],
    title: ['visión', 'borrador', 'propuesta'],
    parts: {
      headline: ['titular', 'título', 'titulo', 'nombre del producto'],
      subheadline: ['subtítulo', 'subtitulo', 'bajada', 'entradilla', 'subtitular'],
      summary: ['resumen', 'introducción', 'introduccion', 'párrafo inicial', 'entrada', 'descripción general'],
      problem: ['problema', 'el problema', 'desafío', 'reto', 'contexto'],
      solution: ['solución', 'solucion', 'la solución', 'enfoque', 'funcionalidades', 'características'],
      'leader-quote': ['cita del fundador', 'cita de la dirección', 'cita del director', 'cita del ceo', 'cita interna', 'cita del líder', 'portavoz'],
      'how-it-works': ['cómo funciona', 'como funciona', 'cómo empezar', 'primeros pasos', 'experiencia del cliente', 'experiencia de usuario'],
      'customer-quote': ['cita de cliente', 'cita del cliente', 'citas de clientes', 'testimonio', 'testimonios', 'opiniones de clientes'],
      'call-to-action': ['disponibilidad', 'precio y disponibilidad', 'próximos pasos', 'llamada a la acción', 'cierre', 'más información'],
    },
    dateline: ['fecha y lugar', 'lugar y fecha', 'fecha', 'lugar'],
  },
  decoration: ['para publicación inmediata', 'para difusión inmediata', 'embargado', 'borrador', 'confidencial'],
  questions: {
    markers: ['p', 'pregunta'],
    answerMarkers: ['r', 'respuesta'],
    starts: ['cómo', 'como', 'qué', 'que', 'por qué', 'cuándo', 'dónde', 'quién', 'quiénes', 'cuál', 'cuáles', 'cuánto', 'cuánta', 'puedo', 'puede', 'es', 'hay', 'necesito', 'tengo'],
    endings: [],
  },
  quotes: {
    verbs: ['dijo', 'dice', 'explicó', 'explica', 'afirma', 'afirmó', 'señala', 'señaló', 'según', 'comenta', 'comentó', 'añadió', 'añade', 'agregó', 'asegura', 'aseguró', 'declaró', 'destacó', 'destaca', 'cuenta', 'contó', 'relata', 'relató', 'recuerda', 'recordó'],
    leader: ['fundador', 'fundadora', 'cofundador', 'cofundadora', 'director', 'directora', 'ceo', 'presidente', 'presidenta', 'portavoz', 'responsable', 'gerente', 'jefe de producto', 'jefa de producto', 'consejero delegado', 'alcalde', 'alcaldesa', 'ministro', 'ministra', 'secretario', 'secretaria', 'gobernador', 'gobernadora'],
    customer: ['cliente', 'usuario', 'usuaria', 'suscriptor', 'suscriptora', 'miembro', 'participante', 'probador'],
    companyVoice: ['nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'hemos'],
    personalVoice: ['yo', 'mi', 'mis', 'me'],
    someone: ['un', 'una'],
  },
  cues: {
    announce: ['anunci*', 'anuncia hoy', 'lanza', 'lanzó', 'lanzamos', 'lanzamiento', 'presenta', 'presenta hoy', 'ya está disponible', 'está disponible desde hoy', 'da a conocer', 'estrena'],
    today: ['hoy'],
    now: ['ahora', 'desde hoy', 'a partir de hoy'],
    problem: ['problema', 'problemas', 'difícil', 'pierden', 'perder', 'falta', 'frustr*', 'hasta ahora', 'actualmente', 'tedioso', 'costoso', 'abandonan', 'sufren', 'tienen que', 'dispers*'],
    solution: ['permite', 'ofrece', 'automáticamente', 'ayuda', 'reemplaza', 'simplifica', 'gracias a', 'ahora pueden', 'en lugar de'],
    resolution: ['resuelve este', 'resuelve eso', 'soluciona este', 'por eso', 'es por eso que', 'para resolver', 'ahora'],
    how: ['para empezar', 'instalar', 'paso', 'pasos', 'registrarse', 'regístrese', 'configurar', 'en minutos', 'en pocos clics', 'basta con'],
    cta: ['disponible', 'visite', 'visita', 'más información', 'regístrese', 'pruébelo', 'precio', 'gratis', 'gratuito', 'a partir de'],
  },
  dates: {
    months: [
      ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'], ['julio', 'jul'], ['agosto', 'ago'],
      ['septiembre', 'setiembre', 'sep', 'sept'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic'],
    ],
    forms: ['{d} de {month} de {yyyy}', '{d} de {month}', '{month} de {yyyy}', '{d} {month} {yyyy}'],
  },
  placeholders: {
    bracketWords: ['fecha', 'fecha de lanzamiento', 'nombre', 'empresa', 'ciudad', 'lanzamiento', 'por definir', 'por confirmar', 'precio', 'título', 'insertar*'],
    tokens: ['por definir', 'por confirmar'],
  },
  guidance: ['describa', 'describe', 'explique', 'explica', 'resuma', 'resume', 'incluya', 'incluye', 'escriba', 'escribe', 'indique', 'enumere'],
  stopwords: ['el', 'la', 'los', 'las', 'y', 'es', 'de', 'una', 'para', 'que', 'con', 'por', 'nosotros', 'sus', 'del'],
};
