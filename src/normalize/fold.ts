// Width folding (and traditional to simplified characters) for matching. One UTF-16 unit in, one
// out, so offsets never move; output text is always re-read from the original, so folding never
// changes what a user sees.
const MAP: Record<string, string> = {
  "（": "(", "）": ")", "：": ":", "．": ".", "％": "%", "､": "、", "﹝": "〔", "﹞": "〕",
  "－": "-", "～": "~", "／": "/", "＋": "+",
  // 丶 (the radical "dot") typed for 、 (一丶整改情况): a list's pause, never a word's character.
  "丶": "、",
  // A keycap's ring (1️⃣ 2️⃣, WeChat's list numbers; its U+FE0F is cut as zero-width) reads as the
  // full stop of 1. 2.: the ring only ever follows a digit, #, or *.
  "\u20e3": ".",
  // Every kind of space is one ASCII space.
  "\u00a0": " ", "\u3000": " ", "\t": " ", "\u000b": " ", "\u000c": " ", "\u1680": " ", "\u2000": " ", "\u2001": " ",
  "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ",
  "\u200a": " ", "\u202f": " ", "\u205f": " ",
};

// Common traditional characters and their simplified forms, one for one at the same index, so that
// notices written in traditional characters (問題 通報 處分 黨 條 個 項 萬元) match the same labels,
// status words, headings and units. Left out: characters that are also simplified characters with a
// meaning of their own (乾 著 隻 藉), and 參, which cn-capital reads as the capital 3.
const TRADITIONAL =
  "問題報處黨條個項視關於實際組織領導責員會議機構幹財務規範製狀態辦結銷號進開長書記區縣鄉鎮屆輪專類數據萬億餘廳設計劃單對應" +
  "當違紀監檢饋時間經濟發聯繫電話郵編碼見歸點戶筆錢資產遲緩認識學習為與從們這來過還後將並體總協調負擔準確護線節齊優營環屬傳" +
  "統決轄級風險潔補賬錄檔約談費標頓執層雙擬質聽講績貫徹綫讓達積極響隊團農業礦稅價車輛駕慶濱滬遼寧廣東陝雲貴蘇鄭漢啟動兩幾無" +
  "頁備選舉評審論證圍礎強廠鋼鐵銀貸帳額損虧採購讀軟遠運輸滿現樣養醫藥衛災氣燈壓廢舊驗頭腦腳親鬆邊歷曆灣憑讚勵懲罰獎嚴肅謹細" +
  "緊掛鉤權勢盡闆闡聞閱門閒閉陣陳階隨隱雜雞離難靈韓頒預頻顧顯飛館馬驅鬥龍儲兒內凍劉勞勝華變敘臺嗎園圖場塊壞壯聲夠奪奮婦媽孫" +
  "寫尋島嶺帥師帶幣幫庫廟張彈徵憲戰擴攜敵斷暫曉樓樹橋歡殘況淺測減溫滅漲潛澤濫熱爭牽獨獲畫疊療盤盧眾禮禍種稱穩窮競築簡糧紅納" +
  "終給絕網維綜緒練縮繼續義聖職膽臨興藝蔣蘭蟲裝複覺觀訂訊訓許訴診試詳誌誤說誰課請諮謀謝譜貞貢貧貨販貿賠賦贈趙趕跡軍軌較載輔" +
  "亂堅屢瀏滯暢繳繞虛貼蹤遞覽訪駐籌別鞏擁衆裡裏畢貪汙賄賂懶鬧誠糾紛礙騙贓佔偽詐獻齡撥撫瀋陽錦蘆輕輯轉連週適遺邏鄰醜釋針鈞錯" +
  "鍵鎖陰雖靜順須顏飯飲驟髒魚鳥麗麼黃龐貳陸係";
const SIMPLIFIED =
  "问题报处党条个项视关于实际组织领导责员会议机构干财务规范制状态办结销号进开长书记区县乡镇届轮专类数据万亿余厅设计划单对应" +
  "当违纪监检馈时间经济发联系电话邮编码见归点户笔钱资产迟缓认识学习为与从们这来过还后将并体总协调负担准确护线节齐优营环属传" +
  "统决辖级风险洁补账录档约谈费标顿执层双拟质听讲绩贯彻线让达积极响队团农业矿税价车辆驾庆滨沪辽宁广东陕云贵苏郑汉启动两几无" +
  "页备选举评审论证围础强厂钢铁银贷帐额损亏采购读软远运输满现样养医药卫灾气灯压废旧验头脑脚亲松边历历湾凭赞励惩罚奖严肃谨细" +
  "紧挂钩权势尽板阐闻阅门闲闭阵陈阶随隐杂鸡离难灵韩颁预频顾显飞馆马驱斗龙储儿内冻刘劳胜华变叙台吗园图场块坏壮声够夺奋妇妈孙" +
  "写寻岛岭帅师带币帮库庙张弹征宪战扩携敌断暂晓楼树桥欢残况浅测减温灭涨潜泽滥热争牵独获画叠疗盘卢众礼祸种称稳穷竞筑简粮红纳" +
  "终给绝网维综绪练缩继续义圣职胆临兴艺蒋兰虫装复觉观订讯训许诉诊试详志误说谁课请咨谋谢谱贞贡贫货贩贸赔赋赠赵赶迹军轨较载辅" +
  "乱坚屡浏滞畅缴绕虚贴踪递览访驻筹别巩拥众里里毕贪污贿赂懒闹诚纠纷碍骗赃占伪诈献龄拨抚沈阳锦芦轻辑转连周适遗逻邻丑释针钧错" +
  "键锁阴虽静顺须颜饭饮骤脏鱼鸟丽么黄庞贰陆系";

/** Folded code unit for every UTF-16 code unit (identity for most). */
const TABLE: Uint16Array = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = c - 0xfee0; // ０-９
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xfee0; // Ａ-Ｚ
  for (let c = 0xff41; c <= 0xff5a; c++) t[c] = c - 0xfee0; // ａ-ｚ
  for (const [k, v] of Object.entries(MAP)) t[k.charCodeAt(0)] = v.charCodeAt(0);
  for (let i = 0; i < TRADITIONAL.length; i++) t[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
  return t;
})();

export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  const f = TABLE[c];
  return f === c ? ch : String.fromCharCode(f);
}

/** Whether a code unit is one that /\s/ matches, without a one-character string per test. */
export const isSpaceUnit = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The folded code unit of a code unit. */
export const foldCode = (c: number): number => TABLE[c];

/** Folds a whole string, unit for unit (same length). Strings with nothing to fold are returned as they are. */
export function foldString(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && TABLE[s.charCodeAt(i)] === s.charCodeAt(i)) i++;
  if (i === n) return s;
  // Copy unchanged stretches as slices (measured faster than a regex replace or a typed array).
  let out = "";
  let last = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const f = TABLE[c];
    if (f !== c) {
      out += s.slice(last, i) + String.fromCharCode(f);
      last = i + 1;
    }
  }
  return out + s.slice(last);
}
