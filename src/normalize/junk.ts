// Scraped junk, declared as rules. Inline rules cut a span out of a line (even inside a word);
// line rules drop a whole line. Removed text never reaches later stages, but positions still
// point into the original file.

export interface InlineJunkRule {
  name: string;
  re: RegExp; // global, linear
}

export const INLINE_JUNK: readonly InlineJunkRule[] = [
  { name: "paid-marker", re: /##paid(?:begin|end)##/gi },
  { name: "bookmark", re: /\[bookmark:[^\]\n]{0,200}\]/gi },
  { name: "html-tag", re: /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]{0,500})?\/?>/g },
  { name: "html-entity", re: /&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|hellip|middot|#\d{2,6});/g },
  { name: "zero-width", re: /[\u200b-\u200d\u2060\ufeff\u00ad]/g },
];

export interface LineJunkRule {
  name: string;
  test(line: string): boolean;
}

// Advert and page-chrome lines: the words of a sales pitch or a site's toolbar, never of a notice.
const AD_WORDS = /素材库|素材网|代笔|会员群|网盘群|svip|vip会员|添加客服|客服微信|扫码关注|扫一扫|关注公众号|公众号[:：]|一键下载|免费下载|原创文章|版权所有|ICP备|技术支持[:：]|本文来源于|文章来源于网络/i;
const CHROME = /^(?:首页|当前位置|您的位置|字号|字体)[:：>\s]|【\s*(?:打印|关闭|收藏|字体|大|中|小)\s*】|^(?:打印本页|关闭窗口|返回顶部|上一篇|下一篇|分享到)(?:[:：\s]|$)|^[\s|>＞»]*(?:首页|网站首页)\s*[>＞»]/;

export const LINE_JUNK: readonly LineJunkRule[] = [
  { name: "advert", test: (l) => AD_WORDS.test(l) },
  { name: "page-chrome", test: (l) => CHROME.test(l) },
];
