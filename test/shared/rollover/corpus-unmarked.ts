// Every digit, and every Chinese numeral with a measure word, in the rolled 2023 compilation
// (../shared/corpus/000_0f3bb0a146594841.txt) that no mark covers, and why. `left[digits]right` is the digit run with up to four characters each side
// as they read after rolling. corpus.test.ts fails if a digit is left unmarked that is not listed
// here, and if an entry here no longer occurs (so the list stays true).

const MONTH = 'a month or month range inside a date, not a figure';
const FIXED_YEAR = 'a year naming a fixed past (or far future) event, which stays';
const FIXED_DATE = 'part of a dated event in an earlier year, which stays';
const LIST = 'a list marker inside a paragraph (1. 2. 3.)';
const CODE =
  'part of a name or code: pollutant, bus route, scenic-spot grade, hotline, document number';
const QUOTED = 'inside quotes: a slogan or project name, not data';
const GRADE = 'disability grades 1-6级: a category of the people counted, not a figure';

export const UNMARKED: [string, string][] = [
  ['024年[6]月份新增', MONTH],
  ['工作，于[5]月底前完', MONTH],
  ['招投标，[7]月底前完', MONTH],
  ['进。截止[6]月底，全', MONTH],
  ['024年[1]-5月，', MONTH],
  ['4年1-[5]月，街道', MONTH],
  ['判。截至[6]月底，共', MONTH],
  ['[1]-6月份', MONTH],
  ['1-[6]月份，累', MONTH],
  ['024年[1]-5月份', MONTH],
  ['4年1-[5]月份共组', MONTH],
  ['024年[3]月春季退', MONTH],
  ['核工作，[6]月上旬向', MONTH],
  ['024年[8]月份对1', MONTH],
  ['024年[9]月底圆满', MONTH],
  ['4年1-[5]月份，共', MONTH],
  ['，对王锋[4]月份进京', MONTH],
  ['4年1-[5]月份，我', MONTH],
  ['024年[3]月，组织', MONTH],
  ['0余亩，[2022]年实现村', FIXED_YEAR],
  ['淘汰，对[2025]年到报废', FIXED_YEAR],
  ['[2022]年，XX', FIXED_YEAR],
  ['负担，从[2020]年开始至', FIXED_YEAR],
  ['户，并于[2021]年6月份', FIXED_YEAR],
  ['021年[6]月份选派', FIXED_YEAR],
  ['报，总结[2022]年度驻村', 'last year’s year in a sentence about a dated event of that year'],
  ['[2022]年12月', FIXED_DATE],
  ['022年[12]月19日', FIXED_DATE],
  ['年12月[19]日，开展', FIXED_DATE],
  ['022年[12]月30日', FIXED_DATE],
  ['年12月[30]日，召开', FIXED_DATE],
  ['[2021]年6月9', FIXED_DATE],
  ['021年[6]月9日，', FIXED_DATE],
  ['1年6月[9]日，XX', FIXED_DATE],
  ['作要求，[2022]年12月', FIXED_DATE],
  ['[1].信息发', LIST],
  ['为严重；[2].重大决', LIST],
  ['等问题；[3].政策解', LIST],
  ['[1].“两化', LIST],
  ['项漏项；[2].情况说', LIST],
  ['[1].对要求', LIST],
  ['新到位；[2].对要求', LIST],
  ['的泄露；[3].对要求', LIST],
  ['全市PM[2.5]平均浓度', CODE],
  ['%；PM[10]平均浓度', CODE],
  ['分点；O[3]平均浓度', CODE],
  ['车。目前[20]路公交共', CODE],
  ['两大景区[4]A创建工', CODE],
  ['，共办理[12345]便民服务', CODE],
  ['环委办〔[2023]〕6号)', CODE],
  ['023〕[6]号)，对', CODE],
  ['动纳入“[1]+1+N', QUOTED],
  ['入“1+[1]+N”突', QUOTED],
  ['住建局“[300]户宜居改', QUOTED],
  ['“XX乡[2023]人居环境', QUOTED],
  ['格落实“[2]+3”工', QUOTED],
  ['实“2+[3]”工作模', QUOTED],
  ['前，以“[3]、5、1', QUOTED],
  ['以“3、[5]、15”', QUOTED],
  ['3、5、[15]”倡导性', QUOTED],
  ['为84名[1]-6级残', GRADE],
  ['4名1-[6]级残疾军', GRADE],
  ['、50名[1]-6级伤', GRADE],
  ['0名1-[6]级伤残军', GRADE],
];

const SET_PHRASE = 'a set phrase or slogan written with a count (一户一档, 四个意识), not data';
const ARTICLE = '一 used as “a” (一项重要任务), not a count';
const WORD = 'the numeral is part of a word: 统一部署, 三合一场所, 一次性, 一年来';
const GRADE_OR_CLASS = 'a grade, tier or class (三级网格, 一类), not a count';
const ORDINAL = 'an ordinal or session (第二十届, 第八批, 二期项目), not a count';
const STRUCTURE = 'the report’s own structure (以下四个方面), not data';

/** Chinese numerals with a measure word that no mark covers, written like UNMARKED. */
export const UNMARKED_COUNTS: [string, string][] = [
  ['做到[一户]一方', SET_PHRASE],
  ['案、[一人]一措', SET_PHRASE],
  ['策、[一户]一法', SET_PHRASE],
  ['强“[四个]意识', SET_PHRASE],
  ['定“[四个]自信', SET_PHRASE],
  ['到“[两个]维护', SET_PHRASE],
  ['现“[七个]坚决', SET_PHRASE],
  ['到位[一处]理”', SET_PHRASE],
  ['和“[两个]覆盖', SET_PHRASE],
  ['司“[三位]一体', SET_PHRASE],
  ['理、[一人]一册', SET_PHRASE],
  ['案“[一户]一档', SET_PHRASE],
  ['、“[一条]龙”', SET_PHRASE],
  ['一事[一户]一档', SET_PHRASE],
  ['[两节]期间', SET_PHRASE],
  ['作为[一项]重要', ARTICLE],
  ['厅统[一部]署和', WORD],
  ['级统[一部]署，', WORD],
  ['作统[一部]署和', WORD],
  ['的统[一部]署，', WORD],
  ['三合[一场]所违', WORD],
  ['地方[一次]性经', WORD],
  ['全镇[一年]来的', WORD],
  ['网格[三级]平安', GRADE_OR_CLASS],
  ['镇村[两级]培训', GRADE_OR_CLASS],
  ['发挥[四级]网格', GRADE_OR_CLASS],
  ['1个[一类]红白', GRADE_OR_CLASS],
  ['4个[二类]和1', GRADE_OR_CLASS],
  ['8个[三类]红白', GRADE_OR_CLASS],
  ['道第[六届]党建', ORDINAL],
  ['党第[二十届]中央', ORDINAL],
  ['会第[一次]全体', ORDINAL],
  ['党第[二十次]全国', ORDINAL],
  ['名第[八批]帮扶', ORDINAL],
  ['位第[七批]选派', ORDINAL],
  ['情峡[二期]项目', ORDINAL],
  ['以下[四个]方面', STRUCTURE],
];
