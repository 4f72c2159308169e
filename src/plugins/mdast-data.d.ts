// `data.hName` / `data.hProperties` on mdast nodes (how remark plugins choose the HTML
// element) are declared by mdast-util-to-hast; load its declarations for every plugin.
/// <reference types="mdast-util-to-hast" />
