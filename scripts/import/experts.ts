/**
 * The experts an article quotes, found the way news prose introduces and quotes them: titles, then a name
 * (中国电子商务研究中心主任曹磊表示, 据某公司副总经理赵晶介绍, 这也是全国政协委员、……院长秦荣生……), and
 * somewhere the name, then after a few words at most a verb of saying. Pure; a name already on the site is
 * matched as written, a new one must begin with a Chinese surname and one of its titles must end in a word
 * for a position (主任, 会长, 教授 …).
 */
import { INTRO_LEADS } from '../../src/model/checks/claims.ts';

/** Verbs that introduce what someone says. */
const SAYS =
  '表示|认为|指出|介绍|称|说道|说|分析|强调|坦言|透露|提到|谈到|告诉|建议|预计|直言|解释|补充|回应|提醒|判断|总结|评价|看来|坦承|举例|提出';
/** Words that may stand between a name and the verb (此前接受记者采访时指出, 向《中国经营报》记者指出). */
const BETWEEN_MAX = 16;
/** Words that end a title: the position itself. */
const POSITIONS = [
  '主任',
  '副主任',
  '理事长',
  '副理事长',
  '会长',
  '副会长',
  '秘书长',
  '院长',
  '副院长',
  '所长',
  '副所长',
  '校长',
  '教授',
  '副教授',
  '讲师',
  '研究员',
  '副研究员',
  '特约研究员',
  '分析师',
  '经济学家',
  '学者',
  '专家',
  '顾问',
  '总经理',
  '副总经理',
  '总裁',
  '副总裁',
  '董事长',
  '副董事长',
  '董事',
  '总监',
  '经理',
  'CEO',
  'CTO',
  'COO',
  'CFO',
  '创始人',
  '联合创始人',
  '合伙人',
  '投资人',
  '律师',
  '主编',
  '总编',
  '负责人',
  '主席',
  '副主席',
  '部长',
  '局长',
  '处长',
  '主管',
  '博士',
  '首席',
  '行长',
  '社长',
  '台长',
  '书记',
  '委员',
  '代表',
];
/** The commonest Chinese surnames (single and double): a new name must begin with one. */
export const SURNAMES_2 = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '夏侯',
  '轩辕',
  '端木',
  '独孤',
  '司徒',
  '申屠',
  '钟离',
];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由';

/** Someone the article introduces: the name, the titles in the article's words, where. */
export interface Introduction {
  name: string;
  titles: string[];
  /** Index of the paragraph (among the paragraphs given) that introduces them. */
  paragraph: number;
  /** Whether the name was matched to an expert already on the site. */
  known: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What may follow a name in news prose: punctuation, a verb of saying, a title after it, a time word. */
const AFTER_NAME = new RegExp(
  `^(?:[，。；、：,;:]|${SAYS}|此前|在|向|对|也|则|还|进一步|等|接受|今年|近日|日前|曾|委员|教授|院长|主任|先生|女士|博士|代表)`,
);
const endsInPosition = (title: string) => POSITIONS.some((p) => title.endsWith(p));

/** How often the text bears a name out: it recurs followed by what follows names (punctuation, 表示, 委员 …). */
function support(name: string, text: string): number {
  let n = 0;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (AFTER_NAME.test(text.slice(i + name.length, i + name.length + 4))) n += 1;
  return n;
}

/** The new name at the start of `rest`: a surname and one or two more characters, as the text bears it out. */
function newNameAt(rest: string, text: string): string | undefined {
  const surname =
    SURNAMES_2.find((s) => rest.startsWith(s)) ?? (SURNAMES.includes(rest[0] ?? '') ? rest[0]! : undefined);
  if (!surname) return undefined;
  const lengths = [surname.length + 1, surname.length + 2].filter(
    (n) => rest.length >= n && /^\p{Script=Han}+$/u.test(rest.slice(0, n)),
  );
  const scored = lengths
    .map((n) => ({ n, score: support(rest.slice(0, n), text) + (AFTER_NAME.test(rest.slice(n)) ? 1 : 0) }))
    .sort((a, b) => b.score - a.score || a.n - b.n);
  return scored[0] && scored[0].score > 0 ? rest.slice(0, scored[0].n) : undefined;
}

/** Whether a paragraph quotes this person: the name, then (after a few words at most) a verb of saying. */
export const quotes = (paragraph: string, name: string): boolean =>
  new RegExp(`${escape(name)}[^，。；：！？“”]{0,${BETWEEN_MAX}}?(?:${SAYS})`).test(paragraph);

/** Whether a paragraph goes on with what the person just quoted says: 他认为……, 她表示…… */
export const continues = (paragraph: string): boolean =>
  new RegExp(`^(?:[“"]?)(?:他|她)[^，。；！？]{0,6}?(?:${SAYS})`).test(paragraph);

/**
 * The introductions in the paragraphs (each text as the article shows it), in reading order: a name after
 * titles of which at least one names a position (主任, 会长, 教授 …), of a person the article quotes
 * somewhere (the name, then a verb of saying). A name already on the site needs no title. A person is
 * introduced once, where first found.
 */
export function findIntroductions(paragraphs: string[], knownNames: string[]): Introduction[] {
  const text = paragraphs.join('\n');
  const found = new Map<string, Introduction>();
  paragraphs.forEach((p, index) => {
    // Clauses: titles run across 、 but not across other punctuation.
    for (const m of p.matchAll(/[^，。；：！？“”（）,;:!?()]+/g)) {
      const clause = m[0];
      for (let at = 0; at < clause.length; at += 1) {
        const before = clause.slice(0, at);
        const rest = clause.slice(at);
        const known = knownNames.filter((n) => rest.startsWith(n)).sort((a, b) => b.length - a.length)[0];
        // A new name stands after titles with a position word among them; the cheap test comes first.
        const name = known ?? (POSITIONS.some((w) => before.includes(w)) ? newNameAt(rest, text) : undefined);
        if (!name || found.has(name) || !quotes(text, name)) continue;
        let title = before;
        const lead = INTRO_LEADS.filter((l) => title.startsWith(l)).sort((a, b) => b.length - a.length)[0];
        if (lead) title = title.slice(lead.length);
        title = title
          .replace(/^(?:对此情况|对此|此外|同时)/, '')
          // …的方向之一。这也是全国政协委员、……院长秦荣生: the clause's own words before the titles.
          .replace(/^(?:[这那此其]?(?:也|还|就|正|则|亦)?(?:是|系)|作为|身为|担任)/, '');
        const titles = title ? title.split('、').filter(Boolean) : [];
        if (!known && !titles.some(endsInPosition)) continue;
        found.set(name, { name, titles, paragraph: index, known: !!known });
        at += name.length - 1;
      }
    }
  });
  return [...found.values()].sort((a, b) => a.paragraph - b.paragraph);
}

/** Whether a title names a company (the person may speak for it rather than as an outside expert). */
export const companyOfficer = (titles: string[]): boolean =>
  titles.some((t) => /公司|集团|股份|企业/.test(t));
