/**
 * The site lists behind GA4's default channel rules ("Source matches a list of search sites" …):
 * a source (utm_source, or a referring host) → its category. Taken from the list Google publishes
 * with the default channel group definitions (https://support.google.com/analytics/answer/9756891,
 * "source categories"; a copy is kept at github.com/plausible/analytics `priv/ga4-source-categories.csv`),
 * narrowed to the sites a Japanese or international B2B site sees, with every Japanese entry kept.
 * Subdomains are left out where their site is listed: a host is looked up without its leading
 * labels too (`l.facebook.com` → `facebook.com`, `b.hatena.ne.jp` → `hatena.ne.jp`, which stands
 * for Google's `b.` and `d.hatena.ne.jp`).
 *
 * Entries marked `// added` are not on Google's list: Japanese services and newer names (`x.com`,
 * `note.com`, `threads.net`) whose traffic GA4 files under the same category in practice.
 * Note that GA4 itself files niconico (`nicovideo.jp`) and SmartNews under social, not video.
 *
 * The tables travel outside Code.js in `CHANNEL_WORDS_ASSET` with the channel words
 * (`channelWordsAsset.ts`, design §10); only the build and the tests import them from here.
 */
export type SourceCategory = 'search' | 'social' | 'video' | 'shopping';

export const SOURCE_CATEGORIES: Readonly<Record<SourceCategory, readonly string[]>> = {
  search: [
    'google', 'google-play', 'play.google.com', 'search.google.com', 'news.google.com', 'lens.google.com',
    'bing', 'msn', 'msn.com',
    'yahoo', 'yahoo.com', 'yahoo.co.jp',
    'baidu', 'duckduckgo', 'ecosia.org', 'naver', 'naver.com',
    'yandex', 'yandex.com', 'yandex.ru', 'sogou', 'sogou.com', 'so.com', '360.cn', 'daum', 'daum.net',
    'ask', 'aol', 'qwant', 'qwant.com', 'seznam', 'seznam.cz', 'excite.com', 'startsiden',
    // Japanese portals and carriers' search pages (on Google's list)
    'biglobe', 'biglobe.ne.jp', 'biglobe.co.jp', 'auone', 'sp-web.search.auone.jp', 'search.smt.docomo.ne.jp',
    'rakuten', 'rakuten.co.jp', 'websearch.rakuten.co.jp',
    'search.goo.ne.jp', // added
    'search.nifty.com', // added
  ],
  social: [
    'facebook', 'facebook.com', 'fb', 'fb.me', 'instagram', 'instagram.com', 'ig',
    'twitter', 'twitter.com', 't.co', 'x.com', // x.com added
    'linkedin', 'linkedin.com', 'lnkd.in',
    'line', 'line.me',
    'tiktok', 'tiktok.com', 'pinterest', 'pinterest.com', 'pinterest.jp', 'reddit', 'reddit.com', 'quora', 'quora.com',
    'threads.net', // added
    'messenger', 'messenger.com', 'whatsapp', 'whatsapp.com', 'wechat', 'weibo', 'kakao', 't.me',
    'medium.com', 'slideshare.net', 'wordpress.com', 'blogger.com', 'tumblr.com', 'news.ycombinator.com',
    // Japanese blogs, Q&A and social news (on Google's list)
    'hatena', 'hatena.ne.jp', 'ameblo.jp', 'ameba.jp', 'mixi.jp', 'gree.jp', 'mbga.jp',
    'fc2', 'fc2.com', 'exblog.jp', 'cocolog-nifty.com', 'livedoor.com', 'livedoorblog', 'blog.goo.ne.jp',
    'blog.yahoo.co.jp', 'chiebukuro.yahoo.co.jp', 'bookmarks.yahoo.co.jp', 'messages.yahoo.co.jp', 'oshiete.goo.ne.jp',
    'okwave.jp', '5ch.net', 'pixiv.net', 'niconico', 'nicovideo.jp', 'smartnews.com',
    // added: Japanese services GA4 does not list
    'note', 'note.com', 'note.mu', 'hatenablog.com', 'hatenablog.jp', 'smartnews', 'newspicks.com', 'qiita.com', 'zenn.dev',
    'wantedly.com', 'line.naver.jp',
  ],
  video: [
    'youtube', 'youtube.com', 'youtu.be', // youtu.be added
    'vimeo', 'vimeo.com', 'twitch', 'twitch.tv', 'dailymotion', 'dailymotion.com', 'wistia', 'wistia.com',
    'fast.wistia.net', 'ted', 'ted.com', 'netflix', 'hulu',
    'abema.tv', 'tver.jp', // added
  ],
  shopping: [
    'google shopping', 'igshopping', 'amazon', 'amazon.com', 'amazon.co.jp', // amazon.co.jp added
    'shopping.yahoo.co.jp', 'ebay', 'ebay.com', 'alibaba',
    'alibaba.com', 'shopify', 'shopify.com', 'etsy', 'etsy.com', 'walmart', 'walmart.com',
  ],
};

/**
 * Brands whose sites live under several country domains (`google.co.jp`, `yahoo.com.tw`): a host
 * that is the brand plus a top-level domain takes the brand's category.
 */
export const BRAND_HOSTS: readonly string[] = ['google', 'bing', 'yahoo', 'baidu', 'yandex', 'naver', 'facebook', 'instagram', 'linkedin', 'twitter', 'pinterest', 'tiktok', 'youtube', 'amazon'];
