// PR/FAQs in English, Japanese, Chinese and Korean, of a chosen length, for the page-estimate test
// (test/preview/pages.test.ts). The sentences are written here; a seeded generator strings them into
// paragraphs, so every run lays out the same text.

export type Script = 'en' | 'ja' | 'zh' | 'ko';

interface Language {
  title: string;
  subtitle: string;
  dateline: string;
  sections: string[];
  faq: string;
  external: string;
  internal: string;
  question(i: number): string;
  sentences: string[];
}

const LANGUAGES: Record<Script, Language> = {
  en: {
    title: 'Acme launches Harbor, a shared inbox that small clinics answer from any phone',
    subtitle: 'Front desks stop losing patient messages between the phone, the email and the paper pad',
    dateline: 'PORTLAND, OR – March 3, 2027 – Acme today announced Harbor, a shared inbox for small clinics.',
    sections: ['Problem', 'Solution', 'Leader quote', 'How it works', 'Customer quote', 'Call to action'],
    faq: 'FAQ',
    external: 'External FAQ',
    internal: 'Internal FAQ',
    question: (i) => `How does Harbor handle case ${i} when the front desk is busy?`,
    sentences: [
      'A patient who calls after hours leaves a message that nobody sees until the next afternoon.',
      'Harbor puts every call, email and text from patients into one list that the whole front desk shares.',
      'Each message shows who is answering it, so two people never call the same patient back.',
      'The clinic sets the hours, and Harbor tells patients when they can expect an answer.',
      'In our survey of forty clinics, one message in eight was answered more than a day late.',
      'Staff can reply from the desk computer or from their own phone without giving out a private number.',
      'Urgent words such as pain, bleeding or fever move a message to the top of the list.',
      'A weekly summary tells the practice manager how long patients waited and which questions came up most.',
      'Setting up takes about twenty minutes: forward the clinic number and connect the shared email address.',
      'Harbor keeps messages encrypted and stores them in the region the clinic chooses.',
      'Small clinics do not have a call centre, and they should not need one to answer their patients.',
      'When a question has been answered before, Harbor suggests the earlier reply so that staff can send it in one tap.',
      'The first month is free, and after that the price is forty dollars for each member of staff.',
      'Patients do not install anything; they keep calling, writing and texting the way they always have.',
      'We will measure success by the share of messages answered within four working hours.',
      'If the internet connection drops, the desk phone still rings and the message appears once the line is back.',
    ],
  },
  ja: {
    title: '「ハーバー」、小さな診療所がどの電話からでも応対できる共有受信箱を提供開始',
    subtitle: '受付は電話、メール、紙のメモの間で患者さんの連絡を見失わなくなります',
    dateline: '2027年3月3日、札幌 — 株式会社アクメは本日、小規模診療所向けの共有受信箱「ハーバー」を発表しました。',
    sections: ['課題', '解決策', '代表コメント', '使い方', 'お客様の声', '提供開始'],
    faq: 'よくある質問',
    external: '利用者向けFAQ',
    internal: '社内 FAQ',
    question: (i) => `受付が混んでいるとき、${i}番目の場合はどのように対応しますか？`,
    sentences: [
      '診療時間外に電話をかけた患者さんの伝言は、翌日の午後まで誰にも気づかれないことがあります。',
      'ハーバーは、患者さんからの電話、メール、ショートメッセージをすべて一つの一覧にまとめ、受付全員で共有します。',
      'それぞれの連絡には対応中の担当者が表示されるので、同じ患者さんに二人が折り返すことはありません。',
      '診療所が受付時間を設定すると、ハーバーは返事の目安となる時刻を患者さんに知らせます。',
      '四十の診療所を対象にした調査では、八件に一件の連絡への返事が一日以上遅れていました。',
      '職員は受付のパソコンからも自分の携帯電話からも、個人の番号を知らせずに返信できます。',
      '痛み、出血、発熱といった言葉を含む連絡は、自動的に一覧の一番上に移ります。',
      '毎週の集計で、院長は患者さんの待ち時間と多かった質問を確認できます。',
      '設定は約二十分で終わります。診療所の番号を転送し、共有のメールアドレスをつなぐだけです。',
      '連絡の内容は暗号化され、診療所が選んだ地域のサーバーに保存されます。',
      '小さな診療所にはコールセンターがありませんし、患者さんに応えるためにそれを持つ必要もありません。',
      '以前に答えたことのある質問には、ハーバーが過去の返信を提案するので、職員はワンタップで送れます。',
      '最初の一か月は無料で、その後は職員一人につき月額四千円です。',
      '患者さんは何もインストールする必要がなく、これまでどおり電話やメールで連絡できます。',
      '成功の指標は、連絡のうち四営業時間以内に返事ができた割合です。',
      'インターネットが切れても受付の電話は鳴り続け、回線が戻ると伝言が一覧に表示されます。',
    ],
  },
  zh: {
    title: '“港湾”让小诊所用任何一部手机回复患者消息',
    subtitle: '前台不再在电话、邮件和纸质便条之间丢失患者的留言',
    dateline: '2027年3月3日，成都 — 艾克美公司今天发布“港湾”，一款面向小型诊所的共享收件箱。',
    sections: ['问题', '解决方案', '领导引言', '使用方法', '客户评价', '上线信息'],
    faq: '常见问题',
    external: '外部常见问题',
    internal: '内部常见问题',
    question: (i) => `前台忙碌时，港湾如何处理第${i}种情况？`,
    sentences: [
      '患者在下班时间打来电话留下的口信，往往要到第二天下午才有人看到。',
      '港湾把患者的电话、邮件和短信全部放进一个列表，整个前台团队共同使用。',
      '每条消息都会显示正在处理的人，两名员工不会同时给同一位患者回电。',
      '诊所设定接待时间后，港湾会告诉患者大约什么时候能得到答复。',
      '我们调查了四十家诊所，发现每八条消息中就有一条的答复晚了一天以上。',
      '员工可以在前台电脑上回复，也可以用自己的手机回复，而不必公开私人号码。',
      '含有疼痛、出血或发烧等字词的消息会自动移到列表最上方。',
      '每周的汇总让诊所负责人看到患者等待了多久，以及哪些问题问得最多。',
      '设置大约只需要二十分钟：转接诊所的电话号码，再连接共享的邮箱地址即可。',
      '所有消息都经过加密，并保存在诊所选择的地区的服务器上。',
      '小诊所没有呼叫中心，也不应该为了回复患者而专门建立一个。',
      '遇到以前回答过的问题时，港湾会推荐之前的回复，员工点一下就能发送。',
      '第一个月免费，之后每名员工每月收费二百元。',
      '患者不需要安装任何软件，仍然像以前一样打电话、写邮件和发短信。',
      '我们衡量成功的标准是在四个工作小时内得到答复的消息所占的比例。',
      '即使网络中断，前台的电话照样会响，网络恢复后留言会出现在列表中。',
    ],
  },
  ko: {
    title: '하버, 작은 병원이 어느 휴대폰으로든 환자 메시지에 답하는 공유 받은편지함 출시',
    subtitle: '접수처는 더 이상 전화, 이메일, 메모지 사이에서 환자의 연락을 놓치지 않습니다',
    dateline: '2027년 3월 3일, 부산 — 아크메는 오늘 작은 병원을 위한 공유 받은편지함 하버를 출시했다.',
    sections: ['문제', '해결 방법', '대표 인용문', '이용 방법', '고객 후기', '출시 및 이용 안내'],
    faq: '자주 묻는 질문',
    external: '고객 FAQ',
    internal: '내부 FAQ',
    question: (i) => `접수처가 바쁠 때 하버는 ${i}번째 경우를 어떻게 처리하나요?`,
    sentences: [
      '진료 시간이 끝난 뒤에 전화한 환자의 메시지는 다음 날 오후까지 아무도 보지 못하는 경우가 많다.',
      '하버는 환자의 전화와 이메일과 문자를 하나의 목록에 모아 접수처 직원 모두가 함께 본다.',
      '메시지마다 누가 답하고 있는지 표시되므로 두 사람이 같은 환자에게 다시 전화하는 일이 없다.',
      '병원이 접수 시간을 정하면 하버는 환자에게 언제쯤 답을 받을 수 있는지 알려 준다.',
      '마흔 곳의 병원을 조사한 결과 메시지 여덟 건 가운데 한 건은 하루 넘게 늦게 답을 받았다.',
      '직원은 접수처 컴퓨터에서도 자기 휴대폰에서도 개인 번호를 알리지 않고 답할 수 있다.',
      '통증이나 출혈이나 발열 같은 말이 들어간 메시지는 자동으로 목록의 맨 위로 올라간다.',
      '매주 나오는 요약으로 원장은 환자가 얼마나 기다렸는지와 어떤 질문이 가장 많았는지 확인한다.',
      '설정은 이십 분 정도면 끝난다. 병원 번호를 착신 전환하고 공유 이메일 주소를 연결하면 된다.',
      '모든 메시지는 암호화되어 병원이 고른 지역의 서버에 저장된다.',
      '작은 병원에는 콜센터가 없으며 환자에게 답하기 위해 콜센터를 둘 필요도 없다.',
      '예전에 답한 적이 있는 질문이면 하버가 이전 답장을 제안하므로 직원은 한 번만 눌러 보낼 수 있다.',
      '첫 달은 무료이고 그다음부터는 직원 한 명당 한 달에 삼만 원이다.',
      '환자는 아무것도 설치할 필요 없이 지금처럼 전화하고 이메일을 쓰고 문자를 보내면 된다.',
      '성공의 기준은 네 근무 시간 안에 답을 받은 메시지의 비율이다.',
      '인터넷이 끊겨도 접수처 전화는 그대로 울리고 연결이 돌아오면 메시지가 목록에 나타난다.',
    ],
  },
};

/** Deterministic paragraphs: `count` sentences from the language's pool, joined as the script joins them. */
function paragraph(lang: Language, script: Script, count: number, seed: number): string {
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(lang.sentences[(state >>> 8) % lang.sentences.length]!);
  }
  return out.join(script === 'ja' || script === 'zh' ? '' : ' ');
}

/**
 * A PR/FAQ in `script`: a headline, a subheading and a release of seven parts (each one paragraph of
 * `releaseSentences / 7` sentences, under its own heading when `partHeadings`), then `questions` FAQ
 * entries (a question heading and a three-to-five-sentence answer), two external for one internal.
 */
export function scriptDocument(script: Script, releaseSentences: number, questions: number, partHeadings = true): string {
  const lang = LANGUAGES[script];
  const per = Math.max(1, Math.round(releaseSentences / 7));
  const parts = [
    `# ${lang.title}`,
    `*${lang.subtitle}*`,
    `${lang.dateline}${script === 'ja' || script === 'zh' ? '' : ' '}${paragraph(lang, script, per, 1)}`,
    ...lang.sections.map((name, i) => `${partHeadings ? `## ${name}\n\n` : ''}${paragraph(lang, script, per, 10 + i)}`),
    `# ${lang.faq}`,
  ];
  const external = Math.ceil((questions * 2) / 3);
  for (let i = 1; i <= questions; i++) {
    if (i === 1) parts.push(`## ${lang.external}`);
    if (i === external + 1) parts.push(`## ${lang.internal}`);
    parts.push(`### ${lang.question(i)}\n\n${paragraph(lang, script, 3 + (i % 3), 100 + i)}`);
  }
  return `${parts.join('\n\n')}\n`;
}
