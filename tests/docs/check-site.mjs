// Open the built documentation site from disk in headless Chromium and report what a reader gets.
//
//   node tests/docs/check-site.mjs dist/docs build/docs-screenshots > report.json
//
// Debian's chromium (CHROMIUM, default /usr/bin/chromium), driven by playwright-core; Playwright gives
// it a fresh profile. Every request any page makes is recorded (and any that would leave the machine
// is refused), with every console error and uncaught exception. tests/test_docs_site.py asserts on
// the report: this script only looks and counts.
import { chromium } from "playwright-core";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [siteArg, shotsArg] = process.argv.slice(2);
const site = path.resolve(siteArg);
const shots = path.resolve(shotsArg);
const url = (page) => pathToFileURL(path.join(site, page)).href;
const started = Date.now();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const requests = [];
const blocked = [];
const consoleErrors = [];
await context.route(/^(?!file:|data:|blob:)/, (route) => {
  blocked.push(route.request().url());
  return route.abort();
});
context.on("request", (request) => requests.push(request.url()));
context.on("page", watch);
const page = await context.newPage();

function watch(page) {
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: ${error}`));
}

const step = (what) => process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)} s: ${what}\n`);

async function open(name) {
  step(`open ${name}`);
  await page.goto(url(name), { waitUntil: "load" });
  return page;
}

const report = { pages: {}, screenshots: [] };

// Our own pages: each opens without an error; the guides and the errata have what the docstrings point at.
await open("index.html");
await page.screenshot({ path: path.join(shots, "home.png"), fullPage: false });
report.screenshots.push(path.join(shots, "home.png"));
const guideLinks = await page.$$eval("aside.side a", (links) => [...new Set(links.map((a) => a.getAttribute("href").split("#")[0]))]);
for (const name of [...guideLinks, "cli.html", "errata.html", "operations.html"]) {
  await open(name);
  report.pages[name] = { title: await page.title(), text: (await page.innerText("main")).length };
}
await open("errata.html");
report.errataEntries = await page.$$eval("a[id]", (anchors) => anchors.map((a) => a.id).filter((id) => /^[a-z]{2}-\d+$/.test(id)));
await open("cli.html");
report.cliSections = await page.$$eval("section.help", (sections) => sections.map((s) => s.id));

// The operations index: one row per operation, with where each is documented; its filter finds one.
await open("operations.html");
const operations = await page.$$eval("table.operations tbody tr", (rows) =>
  rows.map((row) => {
    const links = row.querySelectorAll("a");
    return {
      id: row.id,
      summary: row.children[1].textContent.trim(),
      python: links[0].textContent.trim(),
      pythonHref: links[0].getAttribute("href"),
      cli: links[1].textContent.trim(),
      apiHref: links[2].getAttribute("href"),
    };
  }),
);
report.operations = operations.length;
await page.fill("#filter", "create_transfer");
report.indexSearch = await page.$$eval("table.operations tbody tr:not([hidden])", (rows) => rows.map((row) => row.id));

// The Python reference: every operation's method has its anchor; pdoc's search finds create_transfer.
report.pythonMissing = [];
const byPage = {};
for (const operation of operations) {
  const [file, anchor] = operation.pythonHref.split("#");
  (byPage[file] ||= []).push(anchor);
}
for (const [file, anchors] of Object.entries(byPage)) {
  await open(file);
  for (const anchor of anchors) {
    if (!(await page.$(`[id="${anchor}"]`))) report.pythonMissing.push(`${file}#${anchor}`);
  }
}
report.errataLinksInPython = await page.$$eval("a[href*='errata.html#']", (links) => links.length);
await open("python/matrixport.html");
await page.click("input[type=search]");
await page.keyboard.type("create_transfer");
await page.waitForSelector(".search-result", { timeout: 15000 }).catch(() => null);
report.pythonSearch = await page.$$eval(".search-result", (results) => results.map((r) => r.innerText.split("\n")[0]).slice(0, 10));
await page.screenshot({ path: path.join(shots, "python-search.png") });
report.screenshots.push(path.join(shots, "python-search.png"));

// The API reference: every operation listed, and each one's page shows its title and its code samples
// (Redoc renders one operation's page in about 0.3 s).
async function checkOperations(tab, share) {
  await tab.goto(url("api/index.html"), { waitUntil: "load" });
  await tab.waitForSelector("a[href^='#/']");
  for (const operation of share) {
    // Redoc routes by the URL's fragment and renders the sections near the current one.
    const route = operation.apiHref.split("#")[1];
    await tab.evaluate((target) => {
      history.pushState({}, "", "#" + target);
      window.dispatchEvent(new PopStateEvent("popstate", { state: {} }));
    }, route);
    const sample = `result = ${operation.python}(`;
    const shown = await tab
      .waitForFunction(
        ([target, summary, text]) => {
          const section = document.getElementById(target.replace(/^\//, ""));
          if (!section || !section.textContent.includes(summary)) return false;
          return [...document.querySelectorAll("pre")].some((block) => block.textContent.includes(text));
        },
        [route, operation.summary, sample],
        { timeout: 10000, polling: 50 },
      )
      .then(() => true, () => false);
    (shown ? report.apiRendered : report.apiMissing).push(`${operation.python} ${route}`);
    if (operation.python === "client.prime_broker.create_transfer" && shown) {
      await tab.waitForTimeout(300);
      await tab.screenshot({ path: path.join(shots, "operation.png") });
      report.screenshots.push(path.join(shots, "operation.png"));
      report.codeSample = await tab.evaluate(
        (text) => [...document.querySelectorAll("pre, code")].map((b) => b.innerText).find((t) => t.includes(text)) || null,
        sample,
      );
    }
  }
}
step("API reference: every operation");
report.apiRendered = [];
report.apiMissing = [];
await checkOperations(page, operations);
step("API reference: search");
await open("api/index.html");
await page.waitForSelector("a[href^='#/']");
report.apiListed = await page.$$eval("a[href^='#/']", (links) => links.length);
await page.keyboard.press("Control+k");
await page.keyboard.type("create_transfer");
await page.waitForTimeout(500);
await page.screenshot({ path: path.join(shots, "api-search.png") });
report.screenshots.push(path.join(shots, "api-search.png"));
await page.keyboard.press("ArrowDown");
await page.keyboard.press("Enter");
await page.waitForTimeout(300);
report.apiSearchOpens = new URL(page.url()).hash;

await browser.close();
const schemes = {};
for (const request of requests) {
  const scheme = request.split(":")[0];
  schemes[scheme] = (schemes[scheme] || 0) + 1;
}
Object.assign(report, {
  requests: requests.length,
  requestSchemes: schemes,
  requestsLeaving: [...new Set([...blocked, ...requests.filter((r) => !/^(file|data|blob):/.test(r))])],
  consoleErrors,
  seconds: (Date.now() - started) / 1000,
});
process.stdout.write(JSON.stringify(report, null, 1) + "\n");
