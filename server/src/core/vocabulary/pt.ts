import type { LanguageVocabulary } from './types';

export const pt: LanguageVocabulary = {
  lang: 'pt',
  names: {
    pressRelease: ['comunicado de imprensa', 'comunicado à imprensa', 'release de imprensa', 'press release', 'comunicado'],
    faq: ['perguntas frequentes', 'perguntas e respostas', 'faq', 'perguntas'],
    internal: ['interno', 'interna', 'internos', 'internas', 'partes interessadas', 'stakeholders', 'liderança', 'negócio'],
    external: ['externo', 'externa', 'externos', 'externas', 'cliente', 'clientes', 'usuários', 'público'],
    other: ['anexo', 'anexos', 'apêndice', 'apêndices', 'glossário', 'referências', 'design técnico', 'especificação', 'perguntas em aberto'],
    body: ['corpo', 'texto', 'corpo do comunicado'],
    title: ['visão', 'rascunho', 'proposta'],
    parts: {
      headline: ['título', 'titulo', 'manchete', 'nome do produto'],
      subheadline: ['subtítulo', 'subtitulo', 'linha fina', 'olho'],
      summary: ['resumo', 'introdução', 'introducao', 'abertura', 'parágrafo de abertura', 'lide', 'visão geral'],
      problem: ['problema', 'o problema', 'desafio', 'dor', 'contexto'],
      solution: ['solução', 'solucao', 'a solução', 'abordagem', 'funcionalidades', 'recursos'],
      'leader-quote': ['citação do fundador', 'citação da fundadora', 'citação da liderança', 'citação do ceo', 'citação interna', 'porta voz'],
      'how-it-works': ['como funciona', 'como começar', 'primeiros passos', 'experiência do cliente', 'experiência do usuário'],
      'customer-quote': ['citação de cliente', 'citação do cliente', 'citações de clientes', 'depoimento', 'depoimentos', 'depoimento de cliente', 'testemunho'],
      'call-to-action': ['disponibilidade', 'preço e disponibilidade', 'próximos passos', 'chamada para ação', 'fechamento', 'encerramento', 'saiba mais'],
    },
    dateline: ['data e local', 'local e data', 'data', 'local'],
  },
  decoration: ['para divulgação imediata', 'para publicação imediata', 'divulgação imediata', 'embargado', 'rascunho', 'confidencial'],
  questions: {
    markers: ['p', 'pergunta'],
    answerMarkers: ['r', 'resposta'],
    starts: ['como', 'o que', 'por que', 'porque', 'quando', 'onde', 'quem', 'qual', 'quais', 'quanto', 'quanta', 'posso', 'pode', 'é', 'existe', 'preciso', 'tenho', 'se'],
    endings: [],
  },
  quotes: {
    verbs: ['disse', 'diz', 'afirma', 'afirmou', 'explica', 'explicou', 'comenta', 'comentou', 'segundo', 'conta', 'contou', 'declarou', 'destaca', 'destacou', 'acrescenta', 'acrescentou', 'ressalta'],
    leader: ['fundador', 'fundadora', 'cofundador', 'cofundadora', 'diretor', 'diretora', 'ceo', 'presidente', 'porta voz', 'responsável', 'gerente', 'líder', 'sócio', 'sócia', 'prefeito', 'prefeita', 'ministro', 'ministra', 'secretário', 'secretária', 'governador', 'governadora'],
    customer: ['cliente', 'usuário', 'usuária', 'assinante', 'membro', 'participante', 'ilustrador', 'ilustradora'],
    companyVoice: ['nós', 'nosso', 'nossa', 'nossos', 'nossas'],
    personalVoice: ['eu', 'meu', 'minha', 'meus', 'minhas'],
    someone: ['um', 'uma'],
  },
  cues: {
    announce: ['anunci*', 'anuncia hoje', 'lança', 'lançou', 'lançamos', 'lançamento', 'apresenta', 'apresenta hoje', 'já está disponível', 'está disponível a partir de hoje', 'estreia'],
    today: ['hoje'],
    now: ['agora', 'a partir de hoje', 'desde hoje'],
    problem: ['problema', 'problemas', 'difícil', 'perdem', 'perder', 'falta', 'frustr*', 'até hoje', 'até agora', 'atualmente', 'hoje', 'abandonam', 'sofrem', 'precisam', 'dispers*', 'custoso'],
    solution: ['permite', 'oferece', 'propõe', 'automaticamente', 'ajuda', 'substitui', 'simplifica', 'graças a', 'agora podem', 'em vez de'],
    resolution: ['resolve isso', 'resolve esse', 'soluciona isso', 'por isso', 'é por isso que', 'para resolver', 'agora'],
    how: ['para começar', 'instalar', 'passo', 'passos', 'cadastr*', 'configurar', 'em minutos', 'em poucos cliques', 'basta'],
    cta: ['disponível', 'acesse', 'saiba mais', 'visite', 'experimente', 'preço', 'gratuito', 'grátis', 'a partir de', 'plano pago'],
  },
  dates: {
    months: [
      ['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'marco', 'mar'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'], ['julho', 'jul'], ['agosto', 'ago'],
      ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez'],
    ],
    forms: ['{d} de {month} de {yyyy}', '{d} de {month}', '{month} de {yyyy}', '{d}º de {month} de {yyyy}'],
  },
  placeholders: {
    bracketWords: ['data', 'data de lançamento', 'nome', 'empresa', 'cidade', 'lançamento', 'a definir', 'a confirmar', 'preço', 'título', 'inserir*'],
    tokens: ['a definir', 'a confirmar'],
  },
  guidance: ['descreva', 'explique', 'resuma', 'inclua', 'escreva', 'liste', 'informe', 'indique', 'insira', 'substitua'],
  stopwords: ['o', 'os', 'as', 'e', 'é', 'uma', 'para', 'que', 'com', 'não', 'por', 'nós', 'dos', 'das', 'em'],
};
