"""Deterministic synthetic corpus of Thai plan pages for benchmarks.

``python benchmarks/generate.py N OUT_DIR [--seed 0]`` writes N office or school
pages built from varied plan sentences, formatted like real pages: page titles,
breadcrumbs and org lines, headings with English in brackets, Thai and Arabic
numerals in several marker styles, NBSP indentation, wrapped lines, view
counters, dates and addresses; UTF-8 (some with CRLF), cp874 and HTML files.
About half of the goals and missions are copied verbatim from a central pool
(as offices copy the ministry's wording), the rest are composed afresh.

Page ``i`` depends only on ``(seed, i)``, so a larger corpus extends a smaller one.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

PROVINCES = (  # noqa: SIM905 (a list of 77 words reads better as one string)
    "กระบี่ กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี ชัยนาท ชัยภูมิ "
    "ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา นครศรีธรรมราช "
    "นครสวรรค์ นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์ ปราจีนบุรี ปัตตานี "
    "พระนครศรีอยุธยา พะเยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่ ภูเก็ต มหาสารคาม "
    "มุกดาหาร แม่ฮ่องสอน ยโสธร ยะลา ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง ลำพูน เลย ศรีสะเกษ "
    "สกลนคร สงขลา สตูล สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี สิงห์บุรี สุโขทัย "
    "สุพรรณบุรี สุราษฎร์ธานี สุรินทร์ หนองคาย หนองบัวลำภู อ่างทอง อำนาจเจริญ อุดรธานี อุตรดิตถ์ "
    "อุทัยธานี อุบลราชธานี"
).split()
SCHOOL_WORDS = (  # noqa: SIM905
    "บ้าน หนอง ดอน โคก นา ท่า วัด ห้วย ทุ่ง สามัคคี วิทยา ศึกษา พัฒนา ราษฎร์ "
    "อุทิศ ประชา สวรรค์ ใหม่ กลาง ทอง แก้ว ศรี เจริญ").split()

SUBJECTS = (
    "ผู้เรียน", "นักเรียน", "ผู้เรียนทุกระดับ", "ครูและบุคลากรทางการศึกษา", "ครู", "สถานศึกษา",
    "สำนักงานเขตพื้นที่การศึกษา", "ประชากรวัยเรียน", "ผู้บริหารสถานศึกษา", "ผู้เรียนที่มีความต้องการพิเศษ",
    "ชุมชนและภาคีเครือข่าย", "บุคลากรในสำนักงาน", "เด็กปฐมวัย", "ผู้ปกครองและชุมชน",
)
PREDICATES = (
    "มีคุณภาพตามมาตรฐานการศึกษาของชาติ", "มีสมรรถนะที่จำเป็นในศตวรรษที่ 21",
    "ได้รับโอกาสทางการศึกษาอย่างทั่วถึงและเท่าเทียม", "มีคุณธรรม จริยธรรม และค่านิยมที่พึงประสงค์",
    "มีทักษะการคิดวิเคราะห์และการแก้ปัญหา", "อ่านออก เขียนได้ คิดเลขเป็น", "มีสุขภาวะที่ดี",
    "มีผลสัมฤทธิ์ทางการเรียนสูงขึ้น", "มีทักษะดิจิทัลและใช้เทคโนโลยีอย่างสร้างสรรค์",
    "ยึดมั่นในสถาบันหลักของชาติ", "มีวินัยและความรับผิดชอบต่อสังคม", "มีทักษะอาชีพและการดำรงชีวิต",
    "ได้รับการพัฒนาเต็มตามศักยภาพ", "มีความปลอดภัยจากภัยทุกรูปแบบ", "มีจิตสาธารณะและจิตอาสา",
    "มีความรู้ความสามารถในการจัดการเรียนรู้เชิงรุก", "มีระบบบริหารจัดการที่มีประสิทธิภาพ",
    "บริหารจัดการโดยยึดหลักธรรมาภิบาล", "มีส่วนร่วมในการจัดการศึกษา", "สื่อสารภาษาอังกฤษได้",
)
VERBS = ("พัฒนา", "ส่งเสริม", "สนับสนุน", "ยกระดับ", "เสริมสร้าง", "ส่งเสริมและสนับสนุน",
         "พัฒนาและยกระดับ", "จัดและส่งเสริม", "ปลูกฝัง", "สร้างความเข้มแข็งให้")
OBJECTS = (
    "คุณภาพผู้เรียน", "การจัดการศึกษาขั้นพื้นฐาน", "สมรรถนะครูและบุคลากรทางการศึกษา",
    "ระบบการบริหารจัดการ", "การจัดการเรียนรู้เชิงรุก", "ความปลอดภัยในสถานศึกษา",
    "การใช้เทคโนโลยีดิจิทัลเพื่อการศึกษา", "โอกาสทางการศึกษา", "ระบบดูแลช่วยเหลือนักเรียน",
    "การมีส่วนร่วมของภาคีเครือข่าย", "ทักษะการอ่าน การเขียน และการคิดคำนวณ", "การศึกษาปฐมวัย",
    "การนิเทศ ติดตาม และประเมินผล", "หลักสูตรสถานศึกษา", "การวัดและประเมินผลการเรียนรู้",
)
MODIFIERS = (
    "", "", "", "ตามหลักปรัชญาของเศรษฐกิจพอเพียง", "อย่างมีประสิทธิภาพ", "อย่างทั่วถึงและเท่าเทียม",
    "ให้ได้มาตรฐานสากล", "ด้วยเทคโนโลยีดิจิทัล", "เพื่อการพัฒนาที่ยั่งยืน", "ในศตวรรษที่ ๒๑",
    "โดยการมีส่วนร่วมของทุกภาคส่วน", "ตามนโยบายของกระทรวงศึกษาธิการ", "อย่างต่อเนื่อง",
)
VISIONS = (
    "องค์กรแห่งคุณภาพ ผู้เรียนเป็นคนดี มีความรู้ มีทักษะชีวิต บนพื้นฐานความเป็นไทย",
    "ผู้เรียนมีคุณภาพ ครูมีสมรรถนะ บริหารจัดการด้วยนวัตกรรม ชุมชนมีส่วนร่วม",
    "จัดการศึกษาได้มาตรฐาน ผู้เรียนมีคุณภาพ ก้าวทันโลก ตามหลักปรัชญาของเศรษฐกิจพอเพียง",
    "มุ่งพัฒนาผู้เรียนสู่ความเป็นเลิศ ด้วยระบบบริหารจัดการที่มีคุณภาพ",
)
VALUES = (("S", "Service mind", "มีจิตบริการ"), ("M", "Morality", "มีคุณธรรม"),
          ("A", "Accountability", "รับผิดชอบ"), ("R", "Responsibility", "มีความรับผิดชอบ"),
          ("T", "Teamwork", "ทำงานเป็นทีม"))
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
NBSP = "\u00a0"


def _mission(rng: random.Random) -> str:
    verb, obj = rng.choice(VERBS), rng.choice(OBJECTS)
    modifier = " " + rng.choice(MODIFIERS) if rng.random() < 0.5 else rng.choice(MODIFIERS)
    return f"{verb}{obj}{modifier}".strip()


def _goal(rng: random.Random) -> str:
    text = f"{rng.choice(SUBJECTS)}{rng.choice(PREDICATES)}"
    if rng.random() < 0.4:
        text += f" และ{rng.choice(PREDICATES)}"
    modifier = rng.choice(MODIFIERS)
    return f"{text} {modifier}".strip() if modifier else text


def _central(seed: int) -> tuple[list[str], list[str]]:
    rng = random.Random(f"central-{seed}")
    return ([_mission(rng) for _ in range(120)], [_goal(rng) for _ in range(160)])


def _marker(style: int, n: int) -> str:
    arabic = str(n)
    thai = arabic.translate(THAI_DIGITS)
    return (f"{thai}.", f"{arabic}.", f"{arabic})", f"({thai})", f"ข้อ {arabic}", f"{thai}")[style]


def _wrap(rng: random.Random, line: str, indent: str) -> list[str]:
    """Break a long line like a narrow web column (sometimes inside a word)."""
    if len(line) < 60 or rng.random() < 0.6:
        return [line]
    cut = rng.randint(len(line) // 2, len(line) - 10)
    space = line.rfind(" ", 0, cut)
    if space > 20 and rng.random() < 0.7:
        cut = space
    return [line[:cut].rstrip(), indent + line[cut:].lstrip()]


def page(i: int, seed: int = 0) -> tuple[str, str, str]:
    """Page ``i``: ``(file name, text, encoding)``."""
    rng = random.Random(f"{seed}-{i}")
    central_missions, central_goals = _central(seed)
    province = rng.choice(PROVINCES)
    kind = rng.random()
    if kind < 0.3:
        org = f"สำนักงานเขตพื้นที่การศึกษาประถมศึกษา{province} เขต {rng.randint(1, 5)}"
    elif kind < 0.45:
        org = f"สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา{province}"
    else:
        org = "โรงเรียน" + "".join(rng.sample(SCHOOL_WORDS, 2))
    lines: list[str] = []
    if rng.random() < 0.7:
        lines.append("หน้าแรก > เกี่ยวกับเรา > วิสัยทัศน์ พันธกิจ")
    lines.append(org)
    if rng.random() < 0.5:
        lines.append("วิสัยทัศน์ / พันธกิจ / เป้าประสงค์")
    indent = NBSP * rng.choice((0, 2, 4, 6))
    style = rng.randrange(6)
    english = rng.random() < 0.5
    lines.append("วิสัยทัศน์" + (" (Vision)" if english else ""))
    lines.extend(_wrap(rng, indent + rng.choice(VISIONS) + f" ภายในปี {rng.randint(2566, 2570)}",
                       indent))
    for heading, count, make, pool in (
        ("พันธกิจ" + (" (Mission)" if english else ""), rng.randint(2, 4), _mission,
         central_missions),
        ("เป้าประสงค์" + (" (Goals)" if english else ""), rng.randint(1, 4), _goal, central_goals),
    ):
        lines.append(heading)
        for n in range(1, count + 1):
            text = rng.choice(pool) if rng.random() < 0.5 else make(rng)
            sep = " " if style != 5 else ""
            lines.extend(_wrap(rng, f"{indent}{_marker(style, n)}{sep}{text}", indent + NBSP * 2))
    if rng.random() < 0.6:
        lines.append("กลยุทธ์")
        for n in range(1, rng.randint(2, 5)):
            lines.append(f"{indent}กลยุทธ์ที่ {n} {_mission(rng)}")
    if rng.random() < 0.4:
        lines.append("ค่านิยมองค์กร")
        for letter, word, thai in rng.sample(VALUES, rng.randint(3, 5)):
            lines.append(f"{indent}{letter} : {word} > {thai}")
    if rng.random() < 0.6:
        lines.append(f"ผู้เข้าชม {rng.randint(100, 99999):,} ครั้ง")
    if rng.random() < 0.5:
        lines.append(f"ปรับปรุงล่าสุด {rng.randint(1, 28)} มีนาคม {rng.randint(2563, 2567)}")
    if rng.random() < 0.5:
        house, moo = rng.randint(1, 999), rng.randint(1, 12)
        phone = f"0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        lines.append(f"ที่อยู่ {house} หมู่ {moo} ตำบลในเมือง "
                     f"อำเภอเมือง จังหวัด{province} โทร {phone}")
    fmt = rng.random()
    if fmt < 0.1:
        body = "".join(f"<p>{line}</p>\n" for line in lines)
        return f"page{i:06d}.html", f"<html><body>\n{body}</body></html>\n", "utf-8"
    text = "\n".join(lines) + "\n"
    if fmt < 0.2:
        return f"page{i:06d}.txt", text, "cp874"
    if fmt < 0.3:
        return f"page{i:06d}.txt", text.replace("\n", "\r\n"), "utf-8"
    return f"page{i:06d}.txt", text, "utf-8"


def generate(n: int, out: Path, *, seed: int = 0) -> list[Path]:
    """Write pages ``0..n-1`` into ``out`` (kept when already there); returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        name, text, encoding = page(i, seed)
        path = out / name
        if not path.exists():
            path.write_bytes(text.encode(encoding, errors="replace"))
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="number of pages")
    parser.add_argument("out", type=Path, help="folder to write them to")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    paths = generate(args.n, args.out, seed=args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} pages, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
