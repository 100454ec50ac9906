// The documentation site (VitePress): `pnpm docs:dev` serves it, `pnpm docs:build` writes docs/.vitepress/dist.
// Offline once built: local search, no web fonts, no CDN, no analytics (checked by scripts/site/site.test.ts).
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { slug } from "github-slugger";
import { type DefaultTheme, defineConfig } from "vitepress";
import { escapeVueUnsafe } from "../../scripts/site/escapeVueUnsafe";

const guides: DefaultTheme.SidebarItem[] = [
  { text: "Plan model", link: "/model" },
  { text: "Extraction", link: "/extraction" },
  { text: "Reading documents", link: "/ingest" },
  { text: "Command line", link: "/cli" },
  { text: "Notebook", link: "/notebook" },
  { text: "Analytics", link: "/analytics" },
  { text: "Rollups", link: "/rollups" },
  { text: "Charts", link: "/charts" },
  { text: "Data", link: "/data" },
  { text: "Benchmarks", link: "/benchmarks" },
  { text: "Coding guide", link: "/coding-guide" },
];

const reference: DefaultTheme.SidebarItem[] = [
  { text: "API (TypeDoc)", link: "/api/README" },
  { text: "Codelists", link: "/codelists" },
  { text: "Validation rules", link: "/rules" },
  { text: "Messages", link: "/messages" },
  { text: "Data dictionary", link: "/data#data-dictionary" },
  { text: "JSON Schema", link: "/schema" },
];

const sidebarEn: DefaultTheme.SidebarItem[] = [
  {
    text: "Getting started",
    items: [
      { text: "Developers: @parcomms/core", link: "/start-developer" },
      { text: "Analysts: the notebook", link: "/start-analyst" },
      { text: "Researchers: pandas, R, DuckDB", link: "/start-researcher" },
    ],
  },
  {
    text: "The domain",
    items: [
      { text: "Plans for communicating CCHC", link: "/domain" },
      { text: "Glossary", link: "/glossary" },
    ],
  },
  { text: "Guides", items: guides },
  { text: "Reference", items: reference },
];

const sidebarVi: DefaultTheme.SidebarItem[] = [
  {
    text: "Bắt đầu",
    items: [
      { text: "Nhà phân tích: sổ phân tích", link: "/vi/start-analyst" },
      { text: "Lập trình viên (tiếng Anh)", link: "/start-developer" },
      { text: "Nhà nghiên cứu (tiếng Anh)", link: "/start-researcher" },
    ],
  },
  {
    text: "Lĩnh vực",
    items: [
      { text: "Kế hoạch tuyên truyền CCHC", link: "/vi/domain" },
      { text: "Thuật ngữ Việt – Anh", link: "/glossary" },
    ],
  },
  { text: "Hướng dẫn (tiếng Anh)", collapsed: true, items: guides },
  { text: "Tra cứu (tiếng Anh)", collapsed: true, items: reference },
];

export default defineConfig({
  title: "ParComms",
  cleanUrls: false,
  lastUpdated: false,
  // The site is built from docs/ as it is on GitHub; the GitHub-only README of the API reference is its index.
  srcExclude: ["**/node_modules/**"],
  markdown: {
    // Headings get GitHub's anchors, so that a link written for GitHub (and checked by remark-validate-links)
    // leads to the same heading on the site: `cli.md#parcomms-ingest-foldersfiles---out-plansjsonl---…`.
    anchor: { slugify: (text) => slug(text) },
    headers: { slugify: (text) => slug(text) },
    config: (md) => {
      md.use(escapeVueUnsafe);
    },
  },
  // The JSON Schema is linked from the pages as a file: ship it beside them.
  buildEnd: (site) => {
    copyFileSync(join(site.srcDir, "plan.schema.json"), join(site.outDir, "plan.schema.json"));
  },
  head: [["meta", { name: "color-scheme", content: "light dark" }]],
  locales: {
    root: {
      label: "English",
      lang: "en",
      description: "Plans for communicating administrative reform in Viet Nam, as typed data",
      themeConfig: {
        nav: [
          { text: "Getting started", link: "/start-developer" },
          { text: "Domain", link: "/domain" },
          { text: "Guides", link: "/model" },
          { text: "Reference", link: "/api/README" },
        ],
        sidebar: sidebarEn,
      },
    },
    vi: {
      label: "Tiếng Việt",
      lang: "vi",
      description: "Kế hoạch tuyên truyền cải cách hành chính của Việt Nam, thành dữ liệu có kiểu",
      themeConfig: {
        nav: [
          { text: "Bắt đầu", link: "/vi/start-analyst" },
          { text: "Lĩnh vực", link: "/vi/domain" },
          { text: "Thuật ngữ", link: "/glossary" },
          { text: "Tra cứu", link: "/api/README" },
        ],
        sidebar: sidebarVi,
        outline: { label: "Trên trang này" },
        docFooter: { prev: "Trang trước", next: "Trang sau" },
        darkModeSwitchLabel: "Giao diện",
        lightModeSwitchTitle: "Chuyển sang giao diện sáng",
        darkModeSwitchTitle: "Chuyển sang giao diện tối",
        sidebarMenuLabel: "Mục lục",
        returnToTopLabel: "Lên đầu trang",
        langMenuLabel: "Đổi ngôn ngữ",
        notFound: {
          title: "KHÔNG TÌM THẤY TRANG",
          quote: "Trang này không có trong tài liệu.",
          linkLabel: "về trang chủ",
          linkText: "Về trang chủ",
        },
      },
    },
  },
  themeConfig: {
    // Few pages exist in both languages: the language menu leads to the other language's home page.
    i18nRouting: false,
    search: {
      provider: "local",
      options: {
        locales: {
          vi: {
            translations: {
              button: { buttonText: "Tìm kiếm", buttonAriaLabel: "Tìm kiếm" },
              modal: {
                displayDetails: "Hiện chi tiết",
                resetButtonTitle: "Xóa tìm kiếm",
                backButtonTitle: "Đóng tìm kiếm",
                noResultsText: "Không có kết quả cho",
                footer: { selectText: "chọn", navigateText: "di chuyển", closeText: "đóng" },
              },
            },
          },
        },
      },
    },
  },
});
