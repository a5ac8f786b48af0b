"""A report whose text tries to break out of HTML: markup, quotes that would
end an attribute, `</table>` in prose and in cells; plus a blank and a
placeholder cell. Built from example 000 by replacing whole source lines."""

PROSE = '<script>alert("x")</script> 报告 " onmouseover="alert(1)" x=\' </table></p><p>注入 &amp; 结束'


def replace_line(lines, starts_with, new):
    for i, line in enumerate(lines):
        if line.startswith(starts_with):
            lines[i] = new(line)
            return
    raise ValueError(f"no line starts with {starts_with!r}")


def hostile_report(text):
    lines = text.split("\n")
    replace_line(lines, "老城区卫生健康委员会 2024", lambda l: l.replace("卫生", "<i>卫生</i>", 1))
    replace_line(lines, "2024 年，区卫健委", lambda l: PROSE)
    replace_line(lines, "行政许可\t2498", lambda l: "行政许可\t</td><td>9\t\t")
    replace_line(lines, "\t(三) 不予公开\t1. 属于国家秘密", lambda l: l.replace("\t0", "\t<b>1</b>", 1))
    replace_line(lines, "\t\t2. 其他法律行政法规禁止公开", lambda l: l.replace("\t0\t0", "\t0\t", 1))
    replace_line(lines, "\t\t3. 危及", lambda l: l.replace("\t0\t0", "\t0\t-", 1))
    return "\n".join(lines)
