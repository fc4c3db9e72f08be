import { readTouch, sourceCategory } from '../../../src/core/channels/touch';

describe('readTouch', () => {
  it('reads a source / medium pair with or without spaces', () => {
    expect(readTouch('google / cpc')).toEqual({ source: 'google', medium: 'cpc', campaign: null, fromHost: false });
    expect(readTouch('yahoo.co.jp/organic')).toEqual({ source: 'yahoo.co.jp', medium: 'organic', campaign: null, fromHost: false });
  });

  it('reads UTM parameters, decoded, from a bare query or a landing URL', () => {
    expect(readTouch('utm_source=mail%20magazine&utm_medium=email')).toEqual({ source: 'mail magazine', medium: 'email', campaign: null, fromHost: false });
    expect(readTouch('https://example.jp/lp?a=1&utm_campaign=spring+sale&utm_medium=cpc&utm_source=google')).toEqual({
      source: 'google',
      medium: 'cpc',
      campaign: 'spring sale',
      fromHost: false,
    });
  });

  it('keeps a malformed escape as written', () => {
    expect(readTouch('utm_source=%e3%81&utm_medium=cpc')?.source).toBe('%e3%81');
  });

  it('reads a referring URL or host as its host, without www', () => {
    expect(readTouch('https://www.google.co.jp/search?q=x')).toEqual({ source: 'google.co.jp', medium: null, campaign: null, fromHost: true });
    expect(readTouch('www.example.com')).toEqual({ source: 'example.com', medium: null, campaign: null, fromHost: true });
  });

  it('reads a known source or a medium on its own', () => {
    expect(readTouch('facebook')).toEqual({ source: 'facebook', medium: null, campaign: null, fromHost: false });
    expect(readTouch('organic')).toEqual({ source: null, medium: 'organic', campaign: null, fromHost: false });
  });

  it('leaves other values alone', () => {
    for (const value of ['展示会', '展示会/イベント', 'google広告', 'web', '=hyperlink("http://x","a")', '+81', '']) expect(readTouch(value)).toBeNull();
  });
});

describe('sourceCategory', () => {
  it.each([
    ['google', 'search'],
    ['google.co.jp', 'search'],
    ['www.google.com', 'search'],
    ['search.yahoo.co.jp', 'search'],
    ['yahoo.co.jp', 'search'],
    ['chiebukuro.yahoo.co.jp', 'social'],
    ['shopping.yahoo.co.jp', 'shopping'],
    ['m.facebook.com', 'social'],
    ['b.hatena.ne.jp', 'social'],
    ['note.com', 'social'],
    ['nicovideo.jp', 'social'],
    ['m.youtube.com', 'video'],
    ['amazon.co.jp', 'shopping'],
  ] as const)('%s is %s', (source, category) => {
    expect(sourceCategory(source)).toBe(category);
  });

  it('does not take a brand inside a longer host for the brand', () => {
    expect(sourceCategory('mail.google.com')).toBeNull();
    expect(sourceCategory('google.example.com')).toBeNull();
    expect(sourceCategory('example.co.jp')).toBeNull();
  });
});
