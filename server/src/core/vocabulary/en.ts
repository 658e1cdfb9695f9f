import type { LanguageVocabulary } from './types';

export const en: LanguageVocabulary = {
  lang: 'en',
  names: {
    pressRelease: ['press release', 'news release', 'working backwards', 'pr', 'prfaq', 'pr faq', 'pr and faq', 'blog post', 'launch announcement', 'announcement', 'the release'],
    faq: ['faq', 'faqs', 'frequently asked questions', 'frequently asked question', 'q and a', 'q a', 'questions and answers', 'questions answers', 'customer questions', 'user questions', 'leadership questions', 'internal questions', 'external questions', 'stakeholder questions', 'business questions', 'common questions', 'questions from customers', 'questions from leadership', 'questions from stakeholders', 'questions'],
    internal: ['internal', 'stakeholder', 'stakeholders', 'leadership', 'business', 'investor', 'investors', 'executive', 'executives'],
    external: ['external', 'customer', 'customers', 'public', 'user', 'users', 'client', 'clients', 'customer facing'],
    other: [
      'appendix', 'appendices', 'annex', 'specification', 'technical design', 'detailed design', 'design', 'implementation', 'implementation plan',
      'references', 'reference', 'glossary', 'change log', 'changelog', 'readme', 'contributing', 'open issues', 'open questions', 'unresolved questions',
      'future work', 'related work', 'alternatives considered', 'drawbacks', 'non goals', 'out of scope', 'release history', 'contact', 'contacts',
      'revision history', 'version history', 'metadata',
    ],
    body: ['body', 'release body', 'press release body', 'text', 'details', 'the story'],
    title: ['pr faq', 'prfaq', 'pr and faq', 'press release and faq', 'press release faq', 'vision', 'rfc', 'proposal', 'one pager', 'design doc', 'design document', 'working backwards', 'screener', 'template', 'prd'],
    parts: {
      headline: ['headline', 'heading', 'title', 'product name', 'name of the product'],
      subheadline: ['subheading', 'sub heading', 'subheadline', 'sub headline', 'subtitle', 'sub title', 'tagline', 'tag line', 'subhead'],
      summary: ['summary', 'summarize', 'summarise', 'intro', 'introduction', 'opening', 'opening paragraph', 'lead', 'lead paragraph', 'overview', 'executive summary', 'first paragraph'],
      problem: ['problem', 'problems', 'problem statement', 'the problem', 'background', 'the setup', 'status quo', 'opportunity', 'pain point', 'pain points', 'the challenge', 'challenge', 'challenges', 'customer problem', 'why it matters'],
      solution: ['solution', 'the solution', 'the knockdown', 'knockdown', 'approach', 'key features', 'features', 'core features', 'what it does', 'the product'],
      'leader-quote': ['quote from you', 'leader', 'amazon leader', 'a leader', 'quote from leadership', 'leader quote', 'leadership quote', 'executive quote', 'company quote', 'ceo quote', 'founder quote', 'quote from the ceo', 'quote from a leader', 'quote from our team', 'from our team', 'spokesperson quote', 'spokesperson', 'internal quote', 'quote from the founder', 'company leader quote'],
      'how-it-works': ['how to get started', 'getting started', 'get started', 'how it works', 'how does it work', 'how to use', 'how to use it', 'customer experience', 'user experience', 'the experience', 'walkthrough', 'walk through', 'how to start', 'onboarding'],
      'customer-quote': ['customer quote', 'customer quotes', 'customer testimonial', 'customer testimonials', 'testimonial', 'testimonials', 'customer testimonies', 'what _ say', 'what our _ say', 'what _ are saying', 'what our _ are saying', 'what customers are saying', 'what the customers are saying', 'what our customers are saying', 'what customers say', 'what our customers say', 'what users say', 'what users are saying', 'customer stories', 'customer story', 'customer voices', 'quote from a customer', 'quote from the customer', 'user quote', 'user quotes', 'customer feedback'],
      'call-to-action': ['closing', 'closing and call to action', 'available now', 'available today', 'now available', 'get it', 'try it', 'pricing', 'price', 'where to buy', 'call to action', 'availability', 'pricing and availability', 'availability and pricing', 'next steps', 'anything else', 'learn more', 'cta', 'where to get it', 'where to find it', 'get it now'],
    },
    dateline: ['dateline', 'date', 'launch date', 'release date', 'location', 'place', 'location and date', 'place and date', 'date and location'],
  },
  decoration: ['for immediate release', 'immediate release', 'embargoed', 'embargoed until', 'reference', 'source', 'draft', 'confidential'],
  questions: {
    markers: ['q', 'question'],
    answerMarkers: ['a', 'answer'],
    starts: [
      'how', 'what', 'why', 'when', 'where', 'who', 'whom', 'whose', 'which', 'can', 'could', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'will',
      'would', 'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'am', "isn't", "aren't", "don't", "doesn't", "won't", "can't",
    ],
    endings: [],
  },
  quotes: {
    verbs: [
      'said', 'says', 'explains', 'explained', 'adds', 'added', 'notes', 'noted', 'according to', 'shares', 'shared', 'commented', 'comments', 'stated',
      'states', 'continues', 'continued', 'concludes', 'concluded', 'recalls', 'recalled', 'told', 'remarked', 'observed', 'reports', 'reported',
    ],
    leader: [
      'ceo', 'cto', 'coo', 'cfo', 'cpo', 'cmo', 'vp', 'svp', 'evp', 'vice president', 'president', 'founder', 'co founder', 'cofounder', 'director',
      'head of', 'general manager', 'gm', 'chief', 'leader', 'product manager', 'product lead', 'engineering manager', 'spokesperson', 'product owner',
      'creator', 'owner', 'managing director', 'principal', 'architect', 'maintainer', 'project lead', 'pilot lead', 'team lead', 'lead engineer', 'our team',
      'the team', 'author', 'the author', 'maker', 'mayor', 'secretary', 'minister', 'commissioner', 'superintendent', 'governor', 'chair', 'chairman', 'chairwoman', 'executive director',
    ],
    customer: [
      'customer', 'customers', 'user', 'users', 'client', 'beta', 'beta participant', 'beta tester', 'beta user', 'pilot user', 'early adopter', 'subscriber',
      'member', 'participant', 'early creator', 'student', 'teacher', 'developer at', 'engineer at', 'analyst at', 'owner of', 'who runs', 'who owns', 'who manages',
    ],
    companyVoice: ['we', 'our', 'us', "we're", "we've", 'ourselves'],
    personalVoice: ['i', 'my', 'me', "i'm", "i've", 'mine', 'myself'],
    someone: ['a', 'an'],
  },
  cues: {
    announce: [
      'announc*', 'unveil*', 'introduc* the', 'introduc* a', 'introduc* an', 'introduc* its', 'introduc* our', 'introducing', 'launch* the', 'launch* a', 'launch* an',
      'launch* its', 'launch* our', 'launching', 'is now available', 'are now available', 'now generally available', 'is available today', 'released today',
      'today released', 'today launched', 'today introduced', 'today opened', 'today began', 'today started', 'today unveiled', 'today put', 'today made', 'opened to', 'debuts', 'rolls out', 'today we',
    ],
    today: ['today', 'this week'],
    now: ['now', 'starting today', 'beginning today', 'from today'],
    problem: [
      'lose', 'loses', 'losing', 'lost', 'previously', 'until now', 'struggl*', 'suffer*', 'painful', 'pain point', 'problem', 'problems', 'challeng*', 'frustrat*',
      'hard to', 'difficult', 'tedious', 'time consuming', 'waste', 'wastes', 'wasted', 'wasting', 'stuck', 'limitation', 'limitations', 'forced to', 'no easy way',
      'no simple way', 'no good way', 'can take up to', 'too long', 'too slow', 'too expensive', 'too complex', 'lack', 'lacks', 'lacking', 'today', 'currently',
      'costs', 'spend', 'spends', 'spent', 'gap', 'never', 'cannot', "can't", 'fail', 'fails', 'failing', 'without', 'manual', 'manually', 'risk', 'worry', 'hours',
      'scattered', 'juggl*', 'miss', 'missing', 'abandon*', 'give up', 'burden', 'friction', 'error prone', 'outdated',
      'does not', 'do not', "doesn't", "don't", 'not able', 'unable', 'no way to', 'only', 'fragmented', 'silos', 'siloed', 'separately', 'one by one',
      'by hand', 'slow', 'expensive', 'complex', 'complicated', 'confusing', 'unreliable', 'blocks', 'blocked', 'delays', 'delay', 'bottleneck',
      'pain', 'hassle', 'annoying', 'costly', 'tedious', 'overwhelm*', 'rely on', 'have to', 'has to', 'must', 'needs to', 'struggle', 'fragile', 'lost',
      'trouble', 'hard', 'harder', 'wait', 'waits', 'waiting', 'delayed', 'late', 'forget', 'forgets', 'forgotten', 'confus*', 'unclear', 'uncertain*',
      'unpredictable', 'only way', 'no way', 'nobody', 'no one', 'empty', 'unused', 'idle',
    ],
    resolution: ['fixes this', 'solves this', 'solves that', 'addresses this', 'changes that', 'changes this', "that's why", 'that is why', 'this is why',
      'to solve this', 'to fix this', 'to address this', 'removes that', 'removes this', 'ends that', 'enter', 'was built to', 'is built to', 'now'],
    solution: [
      'provides', 'provide', 'adds', 'lets', 'enables', 'enable', 'allows', 'allow', 'brings', 'offers', 'makes it easy', 'makes it simple', 'makes it possible',
      'automatically', 'helps', 'help', 'instead', 'replaces', 'removes', 'eliminates', 'combines', 'so that', 'in one place',
      'now can', 'can now', 'no longer', 'built for', 'designed to', 'uses', 'solves',
    ],
    how: [
      'learn how to', 'able to deploy', 'able to install', 'able to set up', 'to get started', 'get started with', 'get started by', 'getting started',
      'sign up', 'install', 'installs', 'installing', 'deploy the', 'deploy it', 'download the', 'download it', 'first you', 'first users', 'first customers',
      'in a few steps', 'in three steps', 'in two steps', 'in a few clicks', 'in minutes', 'step', 'steps', 'set up', 'setup', 'connect', 'open the app',
      'takes one', 'just run', 'run the', 'clone', 'onboarding', 'how it works', 'to start', 'ways to start', 'start by', 'starts with', 'new users', 'new subscribers', 'first time', 'first run',
      'tap', 'taps', 'scan', 'scans', 'press', 'pressing', 'click', 'clicks', 'select', 'turn on', 'switch on', 'get the update', 'over wi fi', 'from the app', 'in the app',
    ],
    cta: [
      'available today', 'available now', 'available at', 'available in', 'available from', 'available on', 'available for', 'is available', 'are available',
      'visit', 'learn more', 'sign up at', 'sign up today', 'sign up now', 'head over to', 'try it today', 'try it now', 'try it at', 'download it today',
      'download today', 'download now', 'download from', 'get started today', 'get started now', 'get started at', 'to get started visit', 'join the waitlist',
      'pricing', 'priced at', 'apply today', 'applies today', 'starting today', 'from today', 'effective today', 'today to every', 'today in every', 'today at', 'get started', 'try it', 'try', 'download', 'sign up', 'waitlist', 'contact us', 'request access', "let's use", 'let s use', 'give it a try', 'please try', 'join us', 'star us', 'contribute', 'available as', 'open source', 'on github', 'free trial', 'starts at', 'per month', 'rolls out', 'begins rolling out', 'generally available', 'find out more', 'go to',
    ],
  },
  dates: {
    months: [
      ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'],
      ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
    ],
    forms: ['{month}.? {d}(st|nd|rd|th)?,? {yyyy}', '{month}.? {d}(st|nd|rd|th)?', '{d}(st|nd|rd|th)? {month}.?,? {yyyy}', '{month}.?,? {yyyy}'],
  },
  placeholders: {
    bracketWords: [
      'insert*', 'add*', 'enter*', 'your*', 'url', 'link', 'name', 'date', 'title', 'company', 'city', 'email', 'competitor', 'launch date', 'target date',
      'release date', 'ga date', 'product', 'product name', 'customer name', 'price', 'amount', 'number', 'percent', 'metric', 'tbd', 'tba', 'todo', 'placeholder',
      'location', 'state', 'quote', 'person', 'role', 'to be confirmed', 'tbc',
    ],
    tokens: ['tbd', 'tba', 'tbc', 'todo', 'fixme', 'fill me in', 'fill in', 'lorem ipsum'],
  },
  guidance: [
    'describe', 'explain', 'summarize', 'summarise', 'briefly describe', 'briefly explain', 'wrap it up', 'name the product', 'name the feature', 'name the service',
    'insert', 'replace this', 'fill in', 'use this section', 'this section should', 'this section is', 'this section must', 'this section will',
    'the goal of this section', 'feel free to',
  ],
  stopwords: ['the', 'and', 'is', 'of', 'to', 'in', 'it', 'that', 'for', 'with', 'you', 'are', 'this', 'on', 'we'],
};
