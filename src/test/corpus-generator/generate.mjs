// Writes, for each Markdown document in src/test/resources/corpus, the links an independent parser finds in it:
// micromark with its GFM extensions (mdast-util-from-markdown, mdast-util-gfm), and parse5 for the HTML written
// in the Markdown. One line per link: line, column (both 1-based, where the link starts) and URL, tab-separated.
// See CONTRIBUTING.md, "The Markdown corpus".
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfm} from 'micromark-extension-gfm';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {parseFragment} from 'parse5';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'corpus');
// The elements and attributes of HTML written in Markdown that GitHub's sanitiser keeps and a reader follows or
// sees: a[href], img[src], and the srcset of a <source> (its light and dark <picture>).
const linkAttributes = {a: ['href'], img: ['src'], source: ['srcset']};

// The URLs of a srcset's image candidates, by the HTML standard's "parse a srcset attribute": a URL runs to
// white space (commas at its end dropped), then descriptors run to a comma outside parentheses.
function srcsetUrls(value) {
    const urls = [];
    const space = /[\t\n\f\r ]/;
    let i = 0;
    for (;;) {
        while (i < value.length && (space.test(value[i]) || value[i] === ',')) i++;
        if (i >= value.length) return urls;
        const start = i;
        while (i < value.length && !space.test(value[i])) i++;
        let url = value.slice(start, i);
        const endedByComma = url.endsWith(',');
        url = url.replace(/,+$/, '');
        if (url) urls.push(url);
        if (endedByComma) continue;
        let inParentheses = false;
        while (i < value.length && !(value[i] === ',' && !inParentheses)) {
            if (value[i] === '(') inParentheses = true;
            if (value[i] === ')') inParentheses = false;
            i++;
        }
        i++;
    }
}

const label = (text) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function linksOf(markdown) {
    const tree = fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]});
    const definitions = new Map();
    visit(tree, (node) => {
        if (node.type === 'definition' && !definitions.has(label(node.identifier))) {
            definitions.set(label(node.identifier), node.url);
        }
    });
    const links = [];
    const lineStarts = [0];
    for (let i = 0; i < markdown.length; i++) {
        if (markdown[i] === '\n') {
            lineStarts.push(i + 1);
        }
    }
    // mdast-util-gfm-autolink-literal makes some literal autolinks (e-mail addresses, links after some
    // characters) in a pass over text nodes that leaves them without a position: such a link is found in the
    // source as written, after the last node whose position is known.
    let cursor = 0;
    const positionOf = (node) => {
        if (node.position) {
            return node.position.start;
        }
        const written = node.children.map((child) => child.value).join('');
        const offset = markdown.indexOf(written, cursor);
        cursor = offset + written.length;
        const line = lineStarts.findLastIndex((start) => start <= offset);
        return {line: line + 1, column: offset - lineStarts[line] + 1};
    };
    const add = (url, node) => {
        const start = positionOf(node);
        if (url !== undefined && url.trim() !== '') {
            links.push({line: start.line, column: start.column, url});
        }
    };
    visit(tree, (node, inLink) => {
        if (node.position) {
            cursor = node.position.start.offset;
        }
        if ((node.type === 'link' && !inLink) || node.type === 'image') {
            add(node.url, node);
            cursor = node.position ? node.position.end.offset : cursor;
        } else if ((node.type === 'linkReference' && !inLink) || node.type === 'imageReference') {
            add(definitions.get(label(node.identifier)), node);
        } else if (node.type === 'html') {
            links.push(...htmlLinks(node.value, node.position.start));
        }
    });
    return links;
}

// A link's text is no second link: HTML cannot nest <a> elements, and GitHub renders none.
function visit(node, action, inLink = false) {
    action(node, inLink);
    const linking = inLink || node.type === 'link' || node.type === 'linkReference';
    for (const child of node.children ?? []) {
        visit(child, action, linking);
    }
}

function htmlLinks(html, start) {
    const links = [];
    const walk = (node) => {
        const urls = new Set();
        for (const attribute of linkAttributes[node.tagName] ?? []) {
            const value = node.attrs?.find((a) => a.name === attribute)?.value.trim() ?? '';
            (attribute === 'srcset' ? srcsetUrls(value) : [value]).filter((url) => url).forEach((url) => urls.add(url));
        }
        for (const url of urls) {
            const at = node.sourceCodeLocation;
            links.push({
                line: start.line + at.startLine - 1,
                column: at.startLine === 1 ? start.column + at.startCol - 1 : at.startCol,
                url,
            });
        }
        (node.childNodes ?? []).forEach(walk);
        if (node.content) {
            walk(node.content);
        }
    };
    walk(parseFragment(html, {sourceCodeLocationInfo: true}));
    return links;
}

for (const name of readdirSync(corpus).filter((n) => n.endsWith('.md')).sort()) {
    const links = linksOf(readFileSync(join(corpus, name), 'utf8'));
    const lines = links.map((l) => `${l.line}\t${l.column}\t${l.url}\n`).join('');
    writeFileSync(join(corpus, name.replace(/\.md$/, '.links')), lines);
    console.log(`${name}: ${links.length} links`);
}
