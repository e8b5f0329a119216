"""Hand-made documents with units, for the tests of the CLI, compare and the report.

Small documents shaped as the parser builds them from real plans, so that those tests
need no PDF: a budget volume (one unit per agency, its introduction outside every unit),
a ministry-style plan (its own unit, a quoted unit, a strategy with nested goals and
indicators), a web page (one unit: its office) and a page without units.
"""

from __future__ import annotations

from thaiplan.model import Item, Office, OfficeKind, PlanDocument, Section, SectionKind, Unit

K = SectionKind
OTCC = "สำนักงานคณะกรรมการการแข่งขันทางการค้า"
RED_CROSS = "สภากาชาดไทย"
CGD = "กรมบัญชีกลาง"
OCSC = "สำนักงานคณะกรรมการข้าราชการพลเรือน"
BOARD = "คณะกรรมการยุทธศาสตร์ชาติ"
SESAO20 = "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๐"

MISSIONS = {
    OTCC: ["กำกับดูแลการแข่งขันทางการค้าให้เป็นธรรม", "ส่งเสริมความรู้ด้านการแข่งขันทางการค้า"],
    RED_CROSS: ["ช่วยเหลือผู้ประสบภัยพิบัติและผู้ยากไร้", "จัดหาโลหิตที่ปลอดภัยให้เพียงพอ",
                "ส่งเสริมสุขภาพและการรักษาพยาบาลของประชาชน"],
    CGD: ["บริหารการเงินการคลังภาครัฐให้โปร่งใส", "กำกับการจัดซื้อจัดจ้างภาครัฐให้เป็นธรรม"],
}


def _items(texts: list[str], *, line: int = 0, page: int | None = None,
           marker: str = "({})") -> tuple[Item, ...]:
    return tuple(Item(marker.format(n), n, n, text, line=line + n, page=page)
                 for n, text in enumerate(texts, start=1))


def _agency(name: str, page: int, line: int) -> tuple[Unit, tuple[Section, ...]]:
    vision = Section(K.VISION, "1. วิสัยทัศน์", f"{name} เป็นองค์กรที่ประชาชนเชื่อมั่น",
                     line=line, page=page)
    mission = Section(K.MISSION, "2. พันธกิจ", items=_items(MISSIONS[name], line=line + 2,
                                                           page=page),
                      line=line + 2, page=page)
    sections = (vision, mission)
    return Unit(Office(OfficeKind.AGENCY, None, name), sections, (page, page + 1)), sections


def budget_volume(source: str = "budget_2567_vol3.pdf",
                  agencies: tuple[str, ...] = (OTCC, RED_CROSS, CGD)) -> PlanDocument:
    """A budget volume: its introduction (outside every unit), then one unit per agency."""
    intro = Section(K.STRATEGIES, "ความเชื่อมโยงยุทธศาสตร์", line=3, page=2,
                    items=_items(["ด้านความมั่นคง", "ด้านการสร้างความสามารถในการแข่งขัน"],
                                 line=3, page=2, marker="{}."))
    units, sections = [], [intro]
    for n, name in enumerate(agencies):
        unit, own = _agency(name, 3 + 2 * n, 20 + 20 * n)
        units.append(unit)
        sections += own
    return PlanDocument(sections=tuple(sections), office=Office(OfficeKind.AGENCY, None,
                                                                "สำนักงบประมาณ"),
                        source=source, encoding="pdf", units=tuple(units))


def ministry_plan(source: str = "ocsc_plan.pdf") -> PlanDocument:
    """A plan quoting the National Strategy, then stating its own: its first strategy
    nests its goals and indicators."""
    quoted = Section(K.STRATEGIES, "๒.๒.๑ ยุทธศาสตร์ชาติ", line=2, page=5,
                     items=_items(["ด้านความมั่นคง", "ด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์"],
                                  line=2, page=5, marker="{})"))
    vision = Section(K.VISION, "๓.๑ วิสัยทัศน์ (Vision)",
                     "เป็นองค์กรนำในการบริหารทรัพยากรบุคคลภาครัฐ", line=10, page=76)
    mission = Section(K.MISSION, "๓.๒ พันธกิจ (Mission)", line=12, page=76,
                      items=_items(["พัฒนาระบบบริหารทรัพยากรบุคคลภาครัฐ",
                                    "ส่งเสริมจริยธรรมของข้าราชการ"], line=12, page=76))
    goals = Section(K.GOALS, "เป้าประสงค์ :", line=21, page=77,
                    items=_items(["ข้าราชการมีจริยธรรม", "ระบบคุณธรรมเป็นที่ยอมรับ"],
                                 line=21, page=77, marker="{})"))
    indicators = Section(K.INDICATORS, "ตัวชี้วัด", line=24, page=77, items=_items(
        [f"ร้อยละของส่วนราชการที่ผ่านเกณฑ์ ข้อ {n}" for n in range(1, 7)], line=24, page=77,
        marker="{}."))
    strategies = Section(K.STRATEGIES, "๓.๖ ยุทธศาสตร์ (Strategies)", line=20, page=77,
                         items=(Item("ยุทธศาสตร์ที่ ๑", 1, 1, "ส่งเสริมมาตรฐานทางจริยธรรม",
                                     line=20, page=77, sections=(goals, indicators)),
                                Item("ยุทธศาสตร์ที่ ๒", 2, 2, "พัฒนาระบบคุณธรรม", line=31,
                                     page=78)))
    ocsc = Office(OfficeKind.AGENCY, None, OCSC)
    board = Office(OfficeKind.NATIONAL, None, BOARD)
    return PlanDocument(
        sections=(quoted, vision, mission, strategies), office=ocsc, source=source,
        encoding="pdf",
        units=(Unit(board, (quoted,), (5, 5), quoted=True),
               Unit(ocsc, (vision, mission, strategies), (76, 78))))


def web_page(source: str = "sesao20_mission.txt") -> PlanDocument:
    """A web page: one unit, its office's."""
    office = Office(OfficeKind.SECONDARY_AREA_OFFICE, 20, SESAO20)
    sections = (Section(K.VISION, "วิสัยทัศน์", "ผู้เรียนมีคุณภาพ ครูมีสมรรถนะ", line=3),
                Section(K.MISSION, "พันธกิจ", line=5, items=_items(
                    ["จัดการศึกษาให้ทั่วถึง", "พัฒนาครูให้มีสมรรถนะ"], line=5, marker="{}.")),
                Section(K.GOALS, "เป้าประสงค์", line=9, items=_items(
                    ["ผู้เรียนได้รับการศึกษาอย่างทั่วถึง", "ครูมีสมรรถนะตามมาตรฐานวิชาชีพ"], line=9,
                    marker="{}.")))
    return PlanDocument(sections=sections, office=office, source=source, encoding="utf-8",
                        units=(Unit(office, sections),))


def without_units(source: str = "school.txt") -> PlanDocument:
    """A page whose sections belong to no unit (as every page parsed today)."""
    return PlanDocument(
        sections=(Section(K.MISSION, "พันธกิจ", line=1, items=_items(
            ["จัดการศึกษาให้ทั่วถึงและเท่าเทียม", "ส่งเสริมสุขภาพผู้เรียน"], line=1, marker="{}.")),),
        office=Office(OfficeKind.SCHOOL, None, "โรงเรียนบ้านนา"), source=source,
        encoding="utf-8")


def as_one_unit(doc: PlanDocument) -> PlanDocument:
    """``doc`` with one unit, owned by its office, holding all its sections (what the
    parser gives a web page)."""
    return PlanDocument(sections=doc.sections, office=doc.office, warnings=doc.warnings,
                        source=doc.source, encoding=doc.encoding, preamble=doc.preamble,
                        unparsed=doc.unparsed, sha256=doc.sha256,
                        units=(Unit(doc.office, doc.sections),))


ALL = {"budget_volume": budget_volume, "ministry_plan": ministry_plan, "web_page": web_page,
       "without_units": without_units}
