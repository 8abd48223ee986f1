import { escapeHtml, hiddenFields, htmlPage } from "../http/html-page";

interface PageInput {
  action: string;
  params: Record<string, string>;
}

export function errorPage(title: string, message: string): string {
  return htmlPage(title, `<p class="sandbox">Sandkasse</p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}

export function bankPickerPage(input: PageInput & { banks: { id: string; name: string }[] }): string {
  const buttons = input.banks
    .map((bank) => `<li><button type="submit" name="finInst" value="${escapeHtml(bank.id)}">${escapeHtml(bank.name)}</button></li>`)
    .join("");
  return htmlPage(
    "Velg bank",
    `<p class="sandbox">Sandkasse</p><h1>Velg bank</h1><p>Hvilken SpareBank 1-bank er du kunde i?</p>
<form method="get" action="${escapeHtml(input.action)}">${hiddenFields(input.params)}<ul>${buttons}</ul></form>`,
  );
}

export function bankIdPage(input: PageInput & { bankName: string; persons: { id: string; name: string }[] }): string {
  const buttons = input.persons
    .map((person) => `<li><button type="submit" name="person" value="${escapeHtml(person.id)}">${escapeHtml(person.name)}</button></li>`)
    .join("");
  return htmlPage(
    "BankID",
    `<p class="sandbox">Sandkasse – ingen ekte BankID</p><h1>BankID</h1><p>${escapeHtml(input.bankName)}</p>
<form method="post" action="${escapeHtml(input.action)}">${hiddenFields(input.params)}
<p id="who">Logg inn som testperson:</p><ul aria-labelledby="who">${buttons}</ul>
<button type="submit" name="cancel" value="1" class="secondary">Cancel</button></form>`,
  );
}
