// The grammar's facade (grammar/index.ts): plain spans and errors as data.
import { describe, expect, it } from 'vitest';
import { lex, parseGrammar, parseTokens } from '../../grammar/index.js';
import { parseDocument } from '../../src/index.js';

describe('parseGrammar', () => {
  it('cuts the text into segments, each opened by a marker', () => {
    const text = '前言。\n一、总体要求\n(一)指导思想';
    const { segments, lexErrors, parseErrors } = parseGrammar(text);
    expect(lexErrors).toEqual([]);
    expect(parseErrors).toEqual([]);
    expect(segments.map((s) => s.marker && text.slice(s.marker.start, s.marker.end))).toEqual([null, '一、', '(一)']);
    expect(segments[1]!.marker).toEqual({ type: 'marker', start: 4, end: 6, payload: { style: 'cn-comma', rank: 1, ordinal: 1, midLine: false } });
  });

  it('reads the 一要…二要 of a work report as an inline enumeration, but not 要素 or 要求', () => {
    const markers = (text: string) => parseGrammar(text).segments.flatMap((s) => (s.marker ? [[text.slice(s.marker.start, s.marker.end), s.marker.payload.style]] : []));
    expect(markers('一要打好攻坚战。二要加强保护。')).toEqual([['一要', 'cn-shi'], ['二要', 'cn-shi']]);
    expect(markers('三要素齐全。\n四要求明确。')).toEqual([]);
  });

  it('reads 1、 before a date as an item, but not the head of a list of numbers', () => {
    const markers = (text: string) => parseGrammar(text).segments.flatMap((s) => (s.marker ? [text.slice(s.marker.start, s.marker.end)] : []));
    expect(markers('安排如下：\n1、11月1日召开动员会。\n2、2025年底前完成。')).toEqual(['1、', '2、']);
    expect(markers('名单：\n1、2、3号展位。\n2、3个项目。')).toEqual([]);
    expect(markers('减负：\n1、2年级不布置书面作业。\n3、4月份增长5%。')).toEqual([]);
    expect(markers('安排：\n2、11月2—4日，进行报名推荐。')).toEqual(['2、']);
  });

  it('gives every span an exclusive end, and the spans cover the text', () => {
    const text = '一、加快建设(牵头单位:市住建局)。\n  二是完善。';
    const spans = parseGrammar(text).segments.flatMap((s) => [...(s.marker ? [s.marker] : []), ...s.content]);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBe(spans[i - 1]!.end);
  });

  it('tells annotations, spaces and line breaks from text, with an annotation payload', () => {
    const text = '1.修路 (责任单位:市交通局)\n完成';
    const types = parseGrammar(text).segments[1]!.content.map((s) => [s.type, text.slice(s.start, s.end)]);
    expect(types).toEqual([['text', '修路'], ['space', ' '], ['annotation', '(责任单位:市交通局)'], ['line-break', '\n'], ['text', '完成']]);
    const annotation = parseGrammar(text).segments[1]!.content[2]!;
    expect(annotation.type === 'annotation' && annotation.payload).toEqual({ lead: [], responsible: ['市交通局'], closed: true });
  });

  it('lexes and parses in two steps as in one', () => {
    const text = '一、甲\n二、乙';
    const { tokens, lexErrors } = lex(text);
    expect(lexErrors).toEqual([]);
    expect(parseTokens(tokens).segments).toEqual(parseGrammar(text).segments);
  });

  it('reads a flattened copy\'s items run into their heading and into the units closing the item before', () => {
    const text = '制定本措施。一、加快完善金融体系,做大做强金融产业(一)推动银行业发展。存款余额达630亿元。责任单位:平潭银保监组、人行平潭支行,区财政金融局(二)推动保险业发展。保险深度超过全省平均水平。责任单位:区财政金融局二、实施金融支撑工程(三)扩大信贷投放。';
    const { segments } = parseGrammar(text);
    expect(segments.map((s) => s.marker && text.slice(s.marker.start, s.marker.end))).toEqual([null, '一、', '(一)', '(二)', '二、', '(三)']);
    const units = segments.flatMap((s) => s.content.filter((t) => t.type === 'annotation').map((t) => text.slice(t.start, t.end)));
    expect(units).toEqual(['责任单位:平潭银保监组、人行平潭支行,区财政金融局', '责任单位:区财政金融局']);
    const dotted = '一、促进公平竞争1.坚持同等待遇。落实清单制度。责任单位:区经济发展局2.全面落实审查制度。推行试点。责任单位:区市场监管局';
    expect(parseGrammar(dotted).segments.map((s) => s.marker && dotted.slice(s.marker.start, s.marker.end))).toEqual([null, '一、', '1.', '2.']);
  });

  it('reads labels after a sentence\'s end up to the next label or item, names in brackets and all', () => {
    const text = '1.区域评估。向社会公布。牵头单位:各县(市、区)人民政府、园区管委会。责任单位:市发展改革委、市文化广电旅游局(市文物管理局)。2.标准制定。各县组织制定。';
    const spans = parseGrammar(text).segments.flatMap((s) => s.content.filter((t) => t.type === 'annotation'));
    expect(spans.map((t) => (t.type === 'annotation' ? t.payload : null))).toEqual([
      { lead: ['各县(市、区)人民政府', '园区管委会'], responsible: [], closed: true },
      { lead: [], responsible: ['市发展改革委', '市文化广电旅游局(市文物管理局)'], closed: true },
    ]);
    // prose that opens with a label's first character is no label
    expect(parseGrammar('加快发展。支持企业上市。负责同志要带头。').segments.flatMap((s) => s.content.filter((t) => t.type === 'annotation'))).toEqual([]);
  });

  it('reads paragraphs opening 第一,… 第二,… as items of the 一是 kind, only at a line start and in sequence', () => {
    const markers = (text: string) => parseGrammar(text).segments.flatMap((s) => (s.marker ? [[text.slice(s.marker.start, s.marker.end), s.marker.payload.style]] : []));
    const text = '六、加强政府自身建设\n  第一,深化政府机构改革。一是理顺关系。\n  第二,加快转变政府职能。\n  第三,改进管理方式。\n';
    expect(markers(text)).toEqual([['六、', 'cn-comma'], ['第一,', 'cn-shi'], ['一是', 'cn-shi'], ['第二,', 'cn-shi'], ['第三,', 'cn-shi']]);
    // no second paragraph opening 第二: a sentence that counts; mid-line: prose; out of sequence: no item
    expect(markers('第一,要坚持人民至上。\n要加快发展。\n')).toEqual([]);
    expect(markers('质量第一,效率优先。\n第二,加快发展。\n')).toEqual([]);
    // after a sentence's end too, several to a line
    expect(markers('采取以下措施。第一,落实责任。第二,加大投入。第三,强化管理。\n')).toEqual([['第一,', 'cn-shi'], ['第二,', 'cn-shi'], ['第三,', 'cn-shi']]);
    expect(markers('要坚持第一,不动摇。\n')).toEqual([]);
    expect(markers('第一,深化改革。\n第二,转变职能。\n第四,加强建设。\n')).toEqual([['第一,', 'cn-shi'], ['第二,', 'cn-shi']]);
  });

  it('reads 一是…二是… apart with 、 as one list, each item the next of the one before, and no 二是 that is not', () => {
    const text = '[8]“十六个狠抓”:一是狠抓项目园区、二是狠抓招商引资、三是狠抓营商环境。';
    expect(parseGrammar(text).segments.map((s) => s.marker && text.slice(s.marker.start, s.marker.end))).toEqual([null, '一是', '二是', '三是']);
    const prose = '推进城东、二是村片区改造。';
    expect(parseGrammar(prose).segments.map((s) => s.marker)).toEqual([null]);
  });

  it('reads the articles of a copy flattened without spaces, each the next of the one before', () => {
    const text = '广安市政府投资管理办法第一章总则第一条为规范政府投资,制定本办法。第二条本办法所称政府投资。第二章决策第三条政府应当编制规划。第五条另有规定的从其规定。';
    const markers = parseGrammar(text).segments.flatMap((s) => (s.marker ? [text.slice(s.marker.start, s.marker.end)] : []));
    // 第五条 after 第三条 skips one: a reference, not the next article
    expect(markers).toEqual(['第一条', '第二条', '第三条']);
    // prose counting its things after a sentence end holds no article
    const prose = '一、总体要求\n去年我市新建成两条生产线。第一条生产线年产能达到10万吨,第二条生产线年产能达到5万吨。';
    expect(parseGrammar(prose).segments.flatMap((s) => (s.marker ? [prose.slice(s.marker.start, s.marker.end)] : []))).toEqual(['一、']);
  });

  it('reads no item or article after a part heading that prose cites', () => {
    const markers = (text: string) => parseGrammar(text).segments.flatMap((s) => (s.marker ? [text.slice(s.marker.start, s.marker.end)] : []));
    expect(markers('一、总体要求\n各地要对照《规划》第二章 重点任务(一)的要求，抓好落实。\n二、工作措施\n加强领导。')).toEqual(['一、', '二、']);
    expect(markers('一、严格执行\n各单位要执行《某市条例》第三章 第二节第一条规定的各项要求。\n二、加强领导\n加强领导。')).toEqual(['一、', '二、']);
    // …but one after a part heading opening a sentence is read
    expect(markers('第四条 奖励依据综合评定。第二章 省第十届残运会运动员的奖励第五条在残运会表现优秀的运动员，给予奖励。')).toEqual(['第四条', '第五条']);
  });

  it('reads an item run into its heading that opens with a quote, and the next of a numbering straight through the parts', () => {
    const markers = (text: string) => parseGrammar(text).segments.flatMap((s) => (s.marker ? [text.slice(s.marker.start, s.marker.end)] : []));
    const text = '一、“十五五”时期是关键时期1.“十四五”时期发展取得明显成效。2.发展环境深刻变化。二、总体要求和主要目标3.“十五五”时期的总体要求。4.主要目标。';
    expect(markers(text)).toEqual(['一、', '1.', '2.', '二、', '3.', '4.']);
    // a number that is not the next one stays in the heading
    expect(markers('一、总体要求。1.坚持。2.推进。二、主要目标5.加快。')).toEqual(['一、', '1.', '2.', '二、']);
  });

  it('reads a first bracketed item run into a heading of three phrases where its second item follows', () => {
    const markers = (text: string) => parseGrammar(text).segments.flatMap((s) => (s.marker ? [text.slice(s.marker.start, s.marker.end)] : []));
    const text = '一、以进固稳,勇攀高峰,2022年各项工作成效显著(一)坚持党建引领,推进全面从严治党工作1.强化思想引领。2.加强阵地管理。(二)坚守立局之本。';
    expect(markers(text)).toEqual(['一、', '(一)', '1.', '2.', '(二)']);
    // without a second item after it, a phrase with commas runs on
    expect(markers('一、以进固稳,勇攀高峰,工作成效显著(一)坚持党建引领。')).toEqual(['一、']);
    // a part of an attachment cited is no item; an item opening with 项目 is one
    expect(markers('一、各地要高度重视,精心组织,按照附件1中(一)项和(二)项要求按时报送材料。')).toEqual(['一、']);
    expect(markers('第十条 投资项目应履行以下程序。(一)项目提出。(二)项目论证。')).toEqual(['第十条', '(一)', '(二)']);
  });

  it('reads items run in after a closing bracket, and a units label after a heading\'s bracket', () => {
    const markers = (text: string) => parseGrammar(text).segments.flatMap((s) => (s.marker ? [text.slice(s.marker.start, s.marker.end)] : []));
    const text = '(二)其他执法工作(2471个工作日)1.开展综合监管(400个工作日)依法开展监管。责任单位:协调处(400日)2.开展指导检查(174个工作日)(1)根据职责检查;(2)督促整改。责任单位:法规处(30日),安劳支队(100日)3.完成任务(335个工作日)责任单位:协调处(250日)4.开展评定(80个工作日)';
    expect(markers(text)).toEqual(['(二)', '1.', '2.', '(1)', '(2)', '3.', '4.']);
    const units = parseGrammar(text).segments.flatMap((s) => s.content.flatMap((c) => (c.type === 'annotation' ? [c.payload.responsible] : [])));
    expect(units).toEqual([['协调处'], ['法规处', '安劳支队'], ['协调处']]);
    // a bracket in prose with no list after it, and a number that is not the next one, stay in the text
    expect(markers('一、按照《办法》(2021年版)(1)项执行。二、加强管理(试行)5.推进')).toEqual(['一、', '二、']);
    // a sentence's bracket (a clause before it, a definition in it, or a book title's) opens no list, nor a units label
    expect(markers('一、目标\n到2025年,全市(含开发区)1.完成改造200户,2.新增绿地10公顷。')).toEqual(['一、']);
    expect(markers('一、主要措施\n企业应当建立安全生产责任制(以下简称责任制)1.主要负责人全面负责,2.分管负责人。')).toEqual(['一、']);
    expect(markers('一、加强学习\n各单位(部门)认真贯彻《安全生产法》1.要组织集中学习,2.要开展知识竞赛。')).toEqual(['一、']);
    const label = parseGrammar('一、重点任务\n1.加强隐患排查。对排查出的重大隐患(问题清单)责任单位:要立即整改,整改完成率达到100%。');
    expect(label.segments.flatMap((s) => s.content.filter((c) => c.type === 'annotation'))).toEqual([]);
  });

  it('reads a first article run in after its document\'s title, after a sign-off date or a sentence end', () => {
    const markers = (text: string) => parseGrammar(text).segments.flatMap((s) => (s.marker ? [text.slice(s.marker.start, s.marker.end)] : []));
    // two 办法 of one notice, each title run into its first article
    const text = '现印发给你们。广安市人民政府办公室2023年12月13日广安市隐患排查治理监督管理办法第一条 为强化责任,制定本办法。第二条 本办法适用于全市。有效期5年。广安市重大隐患挂牌督办管理办法(试行)第一条为消除隐患,制定本办法。第二条本办法适用于全市。';
    expect(markers(text)).toEqual(['第一条', '第二条', '第一条', '第二条']);
    // a reference to an article of this document or of a named one is none
    expect(markers('一、总体要求\n依照本办法第一条规定执行。按照该办法第一条处理。')).toEqual(['一、']);
    // …nor a named document's first article cited after a sentence end or a date (no 第二条 follows, or it is cited)
    expect(markers('一、重点任务\n各单位要贯彻落实。某市物业管理条例第一条规定，物业企业应当每年报告。')).toEqual(['一、']);
    expect(markers('一、重点任务\n2024年3月1日市政府常务会议审议通过的管理办法第一条规定了适用范围，第二条规定了职责。')).toEqual(['一、']);
    expect(markers('一、重点任务\n日常管理办法第一条为总则。')).toEqual(['一、']);
  });

  it('reads a first 一是 run into its heading, and one after a year and its comma, as items', () => {
    const markers = (text: string) => parseGrammar(text).segments.flatMap((s) => (s.marker ? [text.slice(s.marker.start, s.marker.end)] : []));
    // a flattened copy: the heading's phrases (a quoted word last) run straight into 一是
    expect(markers('。(二)坚持精准防控,落实科学施策一是坚持早发现。二是加强保障。')).toEqual(['(二)', '一是', '二是']);
    expect(markers('(一)思想先行,政治统领,把牢对党忠诚“方向盘”一是学习入脑入心。二是加强。')).toEqual(['(一)', '一是', '二是']);
    expect(markers('2019年,一是四个街道完成覆盖;二是新增账户51个。')).toEqual(['一是', '二是']);
    // …but not a sentence's 一是 after a clause, nor one after a long phrase or a heading that is a sentence
    expect(markers('我们坚持统筹,一是一回事。')).toEqual([]);
    expect(markers('(一)坚持统筹推进全区各项重点工作任务落实落地见效,切实强化全面从严治党主体责任落实落细一是加强学习。')).toEqual(['(一)']);
    // 一 ending a word (统一, 之一), or an 一是 no 二是 follows, is no item
    expect(markers('(一)标准统一是基础。二是加强。')).toEqual(['(一)', '二是']);
    expect(markers('(一)坚持精准防控一是坚持早发现。')).toEqual(['(一)']);
  });
  it('reads no heading in a list of numerals run mid-line (；二、三产业比例…)', () => {
    const doc = parseDocument('一、2014年工作回顾\n经济运行良好；二、三产业比例调整为18.06：81.94；第三产业比重提高。\n二、2015年工作安排\n新增就业1000人。');
    expect(doc.root.children.flatMap((c) => (c.type === 'section' ? [c.title] : []))).toEqual(['2014年工作回顾', '2015年工作安排']);
    // after a full stop a part may open with a numeral: "。二、十四五时期主要目标"
    const flat = parseDocument('某区规划纲要 一、发展基础 地区生产总值年均增长7.5%。二、十四五时期主要目标 到2025年，地区生产总值达到800亿元。三、十大重点工程 建成5G基站1000个。');
    expect(flat.root.children.filter((c) => c.type === 'section')).toHaveLength(3);
    // …but not before 三产: "。二、三产比例为46:54"
    const industries = parseDocument('一、2016年工作回顾\n产业结构不断优化。二、三产比例为46:54，三产占比过半。\n二、2017年主要工作\n新增就业1000人。');
    expect(industries.root.children.flatMap((c) => (c.type === 'section' ? [c.title] : []))).toEqual(['2016年工作回顾', '2017年主要工作']);
  });
});

