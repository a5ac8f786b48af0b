"""A small DOM for the tests: parses an HTML page into elements (strictly —
every non-void element must be closed in order, so markup injected by report
text would show up as a parse error), expands tables into their grid of
rowspan/colspan cells, and reads an element's visible text."""
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Element:
    def __init__(self, tag, attrs, parent=None):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []  # Element or str

    def __repr__(self):
        return f"<{self.tag} {self.attrs}>"

    @property
    def classes(self):
        return set((self.attrs.get("class") or "").split())

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag=None, cls=None, **attrs):
        found = []
        for e in self.iter():
            if tag is not None and e.tag != tag:
                continue
            if cls is not None and cls not in e.classes:
                continue
            if any(e.attrs.get(k.replace("_", "-")) != v for k, v in attrs.items()):
                continue
            found.append(e)
        return found

    def find(self, tag=None, cls=None, **attrs):
        found = self.find_all(tag, cls, **attrs)
        return found[0] if found else None

    def element_children(self, tag=None):
        return [c for c in self.children if isinstance(c, Element) and (tag is None or c.tag == tag)]

    def text(self, skip=("dref", "sr")):
        """The text a reader sees: without overlay markers and screen-reader-only text."""
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif not (child.classes & set(skip)):
                parts.append("<br>" if child.tag == "br" else child.text(skip))
        return "".join(parts)

    def span(self, name):
        return int(self.attrs.get(name) or 1)


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]
        self.doctype = None

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.stack[-1])
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Element(tag, attrs, self.stack[-1]))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.stack[-1].tag != tag:
            raise ValueError(f"line {self.getpos()[0]}: </{tag}> closes <{self.stack[-1].tag}>")
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(text):
    builder = _Builder()
    builder.feed(text)
    builder.close()
    if len(builder.stack) != 1:
        raise ValueError(f"unclosed elements: {builder.stack[1:]}")
    builder.root.doctype = builder.doctype
    return builder.root


def rows(table):
    """The table's <tr> elements in order (thead, then tbodies)."""
    out = []
    for section in table.element_children():
        if section.tag in ("thead", "tbody", "tfoot"):
            out.extend(section.element_children("tr"))
        elif section.tag == "tr":
            out.append(section)
    return out


def grid(table):
    """The table as a list of grid rows, each a list of cell elements (a
    spanned cell appears in every grid slot it covers). Raises when rows
    are ragged or cells overlap."""
    slots = {}
    trs = rows(table)
    for y, tr in enumerate(trs):
        x = 0
        for cell in tr.element_children():
            if cell.tag not in ("td", "th"):
                raise ValueError(f"<{cell.tag}> inside <tr>")
            while (y, x) in slots:
                x += 1
            for dy in range(cell.span("rowspan")):
                for dx in range(cell.span("colspan")):
                    if (y + dy, x + dx) in slots:
                        raise ValueError(f"cells overlap at row {y + dy}, column {x + dx}")
                    slots[(y + dy, x + dx)] = cell
            x += cell.span("colspan")
    height = max((y for y, _ in slots), default=-1) + 1
    width = max((x for _, x in slots), default=-1) + 1
    if height != len(trs):
        raise ValueError(f"rowspans reach {height} rows, the table has {len(trs)}")
    out = []
    for y in range(height):
        row = [slots.get((y, x)) for x in range(width)]
        if None in row:
            raise ValueError(f"row {y} has a hole at column {row.index(None)}")
        out.append(row)
    return out
