/**
 * `Ui` and `Menu`: a recording UI. Menus, sidebars, dialogs and alerts are appended to the
 * execution's {@link UiLog} instead of being shown.
 */
import { HtmlOutput } from '../services/html';
import { Button, ButtonSet, enumMemberName, type EnumMember } from './enums';
import type { MenuRecord, ServiceEnv } from './env';
import { exposeAs, type ServiceObject } from './expose';

type MenuEntry = MenuRecord['items'][number];

export class Menu implements ServiceObject {
  private readonly items: MenuEntry[] = [];

  constructor(
    readonly env: ServiceEnv,
    private readonly title: string,
  ) {}

  record_(): MenuRecord {
    return { title: this.title, items: [...this.items] };
  }

  addItem(caption: unknown, functionName: unknown): Menu {
    if (typeof caption !== 'string' || typeof functionName !== 'string' || caption === '' || functionName === '') {
      throw new Error('Menu.addItem: expected a caption and a function name');
    }
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this.items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: unknown): Menu {
    if (!(menu instanceof Menu)) throw new Error('Menu.addSubMenu: expected a Menu');
    this.items.push({ subMenu: menu.record_() });
    return this;
  }

  addToUi(): void {
    this.env.ui.menus.push(this.record_());
  }
}
exposeAs('Menu', Menu);

function requireHtml(html: unknown, method: string): HtmlOutput {
  if (!(html instanceof HtmlOutput)) throw new Error(`${method}: expected an HtmlOutput`);
  return html;
}

export class Ui implements ServiceObject {
  readonly Button: Readonly<Record<string, EnumMember>> = Button;
  readonly ButtonSet: Readonly<Record<string, EnumMember>> = ButtonSet;

  constructor(readonly env: ServiceEnv) {}

  /** Add-on menus carry the add-on's name on the platform; recorded as "Add-on". */
  createAddonMenu(): Menu {
    return new Menu(this.env, 'Add-on');
  }

  createMenu(caption: unknown): Menu {
    if (typeof caption !== 'string') throw new Error('Ui.createMenu: expected a caption');
    return new Menu(this.env, caption);
  }

  showSidebar(html: unknown): void {
    this.env.ui.sidebars.push(requireHtml(html, 'Ui.showSidebar').record_());
  }

  showModalDialog(html: unknown, title: unknown): void {
    this.env.ui.dialogs.push({ ...requireHtml(html, 'Ui.showModalDialog').record_(), dialogTitle: String(title), modal: true });
  }

  showModelessDialog(html: unknown, title: unknown): void {
    this.env.ui.dialogs.push({ ...requireHtml(html, 'Ui.showModelessDialog').record_(), dialogTitle: String(title), modal: false });
  }

  /** alert(prompt) / alert(prompt, buttons) / alert(title, prompt, buttons); answers OK or YES. */
  alert(...args: unknown[]): EnumMember {
    let title: string | null = null;
    let prompt: string;
    let buttons = 'OK';
    if (args.length >= 3) {
      title = String(args[0]);
      prompt = String(args[1]);
      buttons = enumMemberName(args[2], 'ButtonSet', 'Ui.alert');
    } else if (args.length === 2) {
      prompt = String(args[0]);
      buttons = enumMemberName(args[1], 'ButtonSet', 'Ui.alert');
    } else {
      prompt = String(args[0]);
    }
    this.env.ui.alerts.push({ title, prompt, buttons });
    return buttons.startsWith('YES') ? Button.YES : Button.OK;
  }
}
exposeAs('Ui', Ui);
