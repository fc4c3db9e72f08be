import { servicesFor } from '../helpers';

describe('Ui', () => {
  it('records an add-on menu with its items', () => {
    const services = servicesFor();
    services.SpreadsheetApp.getUi()
      .createAddonMenu()
      .addItem('ファネルKPIを開く', 'showSidebar')
      .addSeparator()
      .addItem('Generate funnel report', 'generateReport')
      .addToUi();
    expect(services.ui.menus).toEqual([
      {
        title: 'Add-on',
        items: [{ caption: 'ファネルKPIを開く', functionName: 'showSidebar' }, { separator: true }, { caption: 'Generate funnel report', functionName: 'generateReport' }],
      },
    ]);
  });

  it('records alerts and answers OK', () => {
    const services = servicesFor();
    const ui = services.SpreadsheetApp.getUi();
    expect(ui.alert('別のレポートを作成中です')).toBe(ui.Button.OK);
    expect(services.ui.alerts).toEqual([{ title: null, prompt: '別のレポートを作成中です', buttons: 'OK' }]);
  });
});

describe('edge cases', () => {
  it('refuses a sidebar that is not an HtmlOutput', () => {
    const services = servicesFor();
    expect(() => services.SpreadsheetApp.getUi().showSidebar('<p>x</p>')).toThrow(/expected an HtmlOutput/);
  });
});
