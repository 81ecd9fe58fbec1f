"""The words of the PDF report that are not the guide's or the user's: headings, labels, table heads and the
sentences the templates write around the model's facts, each once in Chinese and in English.

Templates ask for them by key (``t("cover.number", number=…)``); a ``{name}`` in a text is filled with a
value from the model. The guide's texts come from the guide and its English overlay, never from here.
"""

from __future__ import annotations

from checklist.errors import Message
from checklist.numerals import chinese_number

LANGUAGES = ("zh", "en")
HTML_LANG = {"zh": "zh-CN", "en": "en"}

M = Message

# what each row of the risk-level table means: the PDF, the Word document and the workbook say it alike
LEVEL_MEANINGS = {
    "red": M("可能导致吊销许可、停产停业或刑事责任，应立即处置",
             "May lead to revocation of licences, suspension of production or business, or criminal liability: "
             "act at once"),
    "orange": M("存在较重的行政处罚风险，应限期整改", "Risk of a serious administrative penalty: correct within a set time"),
    "yellow": M("存在一般违规风险，应纳入整改计划", "Risk of an ordinary violation: include in the action plan"),
    "green": M("未发现明显风险或风险轻微，保持现有管理", "No evident risk, or a slight one: keep current management"),
    "unassessed": M("检查问题均未作答，风险尚不知道，不计入健康指数",
                    "None of the check questions is answered: the risk is unknown and not counted in the health index"),
    "na": M("按企业画像或逐题说明不适用", "Does not apply, by the company profile or by a reason given per question"),
    "pending": M("已评估的事项中，有问题回答“不确定”或尚未作答：“不确定”已计入上列等级，未作答的问题不计入",
                 "Assessed items with a question answered “Unsure” or not answered: “Unsure” is counted in the "
                 "levels above, unanswered questions are not"),
}

TEXTS: dict[str, Message] = {
    # the document
    "report.title": M("法治体检报告", "Legal Health Check Report"),
    "report.draft": M("草稿", "DRAFT"),
    "report.appendix": M("附录", "Appendix"),
    "report.contents": M("目录", "Contents"),
    "report.logo": M("标志", "Logo"),
    # the page footer: before and after the page number, and before the page count
    "page.before": M("第 ", "Page "),
    "page.middle": M(" 页　共 ", " of "),
    "page.after": M(" 页", ""),
    # the consultant's own parts
    "part.scope": M("委托事项与工作方法", "Engagement and method"),
    "part.documents": M("审阅文件与访谈", "Documents reviewed and interviews"),
    "part.laws": M("所引法律", "Laws cited"),
    # cover
    "cover.number": M("报告编号：{number}", "Report number: {number}"),
    "cover.company": M("企业名称", "Company"),
    "cover.uscc": M("统一社会信用代码", "Unified social credit code"),
    "cover.period": M("体检期间", "Period"),
    "cover.assessment_date": M("评估日期", "Assessment date"),
    "cover.reference": M("委托编号", "Engagement reference"),
    "cover.as_of": M("事实截止日", "Facts as of"),
    "cover.client_assessor": M("委托方填报人", "Completed by (client)"),
    "cover.client_reviewer": M("委托方审核人", "Reviewed by (client)"),
    "cover.assessor": M("评估人", "Assessor"),
    "cover.reviewer": M("审核人", "Reviewer"),
    "cover.guide": M("依据指引", "Guide applied"),
    "cover.guide_value": M("《{title}》（版本 {version}）", "{title} (version {version})"),
    # draft or final
    "status.final": M("定稿", "Final"),
    "status.final_text": M("本报告已于 {on} 由 {by}{licence}审核签发定稿。此后对体检内容的任何修改都会撤回签发。",
                           "This report was reviewed and signed off as final on {on} by {by}{licence}. Any later "
                           "change to the check-up withdraws the sign-off."),
    "status.licence": M("（执业证号 {licence}）", " (licence no. {licence})"),
    "status.draft": M("草稿　尚未定稿", "DRAFT — not final"),
    "status.draft_text": M("本报告为草稿，仅供讨论，不得作为定稿使用。尚缺：",
                           "This report is a draft for discussion only and must not be used as final. Missing:"),
    "status.not_signed": M("尚未经审核人签发定稿", "not yet signed off as final by a reviewer"),
    # summary
    "summary.overall": M("总体结论", "Overall conclusion"),
    "summary.index": M("健康指数", "Health index"),
    "summary.provisional": M("暂定", "provisional"),
    "summary.out_of": M("满分 100", "out of 100"),
    "summary.level": M("整体等级：", "Overall level: "),
    "summary.vetoed": M("按分数为{index_level}，因一票否决规则整体评为{level}。",
                        "By the score: {index_level}; by the veto rule the overall level is {level}."),
    "summary.waits": M("作答尚不足以确定整体等级：{enough}", "Too little is answered for an overall level: {enough}"),
    "summary.facts": M("{completion}；适用事项 {applicable} 项（另有 {na} 项不适用），待核实 {pending} 项",
                       "{completion}; {applicable} items apply ({na} more do not), {pending} to verify"),
    "summary.facts_unassessed": M("，未评估 {n} 项", ", {n} not assessed"),
    "summary.veto": M("! 一票否决", "! Veto"),
    "summary.veto_text": M("下列事项可能承担刑事责任，且核查违规情形的问题回答为“不符合”。按一票否决规则，无论健康指数多高，"
                           "整体等级不优于{cap}：",
                           "The items below may carry criminal liability, and a question on the violation itself is "
                           "answered “Not compliant”. By the veto rule the overall level is no better than {cap}, "
                           "however high the health index:"),
    "summary.counts": M("风险等级统计", "Risk levels"),
    "summary.counts_lead": M("占比按适用的 {applicable} 项事项计算；按企业画像不适用的 {na} 项另计，不计入占比。",
                             "Shares are of the {applicable} applicable items; the {na} items that do not apply by "
                             "the company profile are counted apart."),
    "summary.col_level": M("风险等级", "Risk level"),
    "summary.col_count": M("事项数", "Items"),
    "summary.col_share": M("占适用事项", "Share"),
    "summary.col_meaning": M("含义", "Meaning"),
    "summary.apart": M("另计", "apart"),
    "summary.unassessed": M("未评估的事项（{n} 项，检查问题尚未作答）：", "Items not assessed ({n}, no check question "
                                                                "answered yet): "),
    "summary.top": M("重点风险事项", "Key risk items"),
    "summary.top_lead": M("按整改后健康指数可提高的分值排序，列出最需要关注的 {n} 项：",
                          "The {n} items most in need of attention, by the health index points their correction "
                          "would gain:"),
    "summary.col_rank": M("序号", "No."),
    "summary.col_id": M("编号", "ID"),
    "summary.col_item": M("违规事项", "Violation item"),
    "summary.col_chapter": M("所属章", "Chapter"),
    "summary.col_mark": M("等级", "Level"),
    "summary.col_gain": M("整改可加分", "Gain"),
    "summary.to_verify": M("（待核实）", " (to verify)"),
    "summary.none_answered_open": M("已作答的问题中没有回答为“部分符合”或“不符合”的；尚有 {n} 项事项未评估。",
                                    "No answered question is “Partly compliant” or “Not compliant”; {n} items are "
                                    "not assessed yet."),
    "summary.none_open": M("本次体检未发现存在风险迹象的事项。", "This check-up found no item with signs of risk."),
    "summary.recommendations": M("主要建议", "Main recommendations"),
    "list.sep": M("；", "; "),
    "dash": M("——", " — "),
    "list.end": M("。", "."),
    # charts
    "charts.bars": M("各章健康指数", "Health index by chapter"),
    "charts.bars_lead": M("各章健康指数只计本章适用的事项，满分 100，分数越低风险越高。",
                          "Each chapter's health index counts only the chapter's applicable items; out of 100, the "
                          "lower the score the higher the risk."),
    "charts.matrix": M("严重程度与暴露程度矩阵", "Severity and exposure matrix"),
    "charts.matrix_lead": M("纵向为严重程度（由法律后果推定），横向为暴露程度（由作答推定），越靠右上风险越大。",
                            "Severity (from the legal consequences) runs up, exposure (from the answers) runs right: "
                            "the further up and right, the greater the risk."),
    "charts.matrix_unassessed": M("另有 {n} 项事项未评估（检查问题尚未作答），没有暴露程度，未列入矩阵。",
                                  " {n} more items are not assessed (no check question answered): they have no "
                                  "exposure and are not placed."),
    "charts.share": M("各等级事项占比", "Share of items by level"),
    "charts.share_lead": M("指引共 {total} 项违规事项，其中适用 {applicable} 项；下图为适用事项按风险等级的分布（含未评估），"
                           "占比按适用事项计算，不适用的 {na} 项另计。",
                           "The guide has {total} violation items, {applicable} of which apply; the chart shows the "
                           "applicable items by risk level (not assessed included), as shares of the applicable "
                           "items; the {na} that do not apply are counted apart."),
    "chart.index_axis": M("健康指数（0–100，越高越好）", "Health index (0–100, higher is better)"),
    "chart.bars_label": M("各章健康指数条形图", "Bar chart of the health index by chapter"),
    "chart.chapter_unassessed": M("未评估（本章问题尚未作答）", "Not assessed (no question of this chapter answered)"),
    "chart.chapter_na": M("不适用（无适用事项）", "Not applicable (no applicable item)"),
    "chart.exposure_axis": M("暴露程度（回答显示违规存在的可能性）",
                             "Exposure (how likely the answers show the violation to exist)"),
    "chart.severity_axis": M("严重程度", "Severity"),
    "chart.matrix_note": M("格内为违规事项编号；* 表示待核实。风险值 = 严重程度 × 暴露程度，格的底色和标记表示该格的风险等级。",
                           "Cells hold item IDs; * means to verify. Risk = severity × exposure; a cell's tint and "
                           "mark show its risk level."),
    "chart.matrix_label": M("严重程度与暴露程度矩阵", "Severity and exposure matrix"),
    "chart.share_label": M("适用事项的等级占比", "Applicable items by level"),
    "chart.items": M("{n} 项（{share}）", "{n} ({share})"),
    # findings
    "findings.lead": M("本部分按章列出适用的违规事项，每章内按风险值从高到低排列。每一事项依次说明事实、法律依据、法律后果和整改建议。",
                       "The applicable violation items chapter by chapter, by risk from highest to lowest within "
                       "each chapter. Each item states the facts, the legal basis, the legal consequences and the "
                       "remediation."),
    "findings.chapter_meta": M("本章健康指数 {index}", "Chapter health index {index}"),
    "findings.chapter_counts": M("存在风险迹象 {open} 项，未发现风险 {clear} 项，", "{open} with signs of risk, "
                                                                          "{clear} without, "),
    "findings.chapter_unassessed": M("未评估 {n} 项，", "{n} not assessed, "),
    "findings.chapter_na": M("不适用 {n} 项。", "{n} not applicable."),
    "findings.veto": M("! 一票否决", "! Veto"),
    "findings.liable": M("责任主体：{liable}", "Liable: {liable}"),
    "findings.facts": M("（1）事实", "(1) Facts"),
    "findings.control": M("防范措施", "Control"),
    "findings.na_reason": M("不适用理由：{reason}", "Reason not applicable: {reason}"),
    "findings.note": M("备注：{note}", "Note: {note}"),
    "findings.others": M("另有 {ids} 回答为“符合”。", "{ids} answered “Compliant”."),
    "findings.laws": M("（2）法律依据", "(2) Legal basis"),
    "findings.no_laws": M("指引未列明本事项的条文依据。", "The guide names no provisions for this item."),
    "findings.law_change": M("法律变化：{change}", "Change in the law: {change}"),
    "findings.penalty": M("（3）法律后果", "(3) Legal consequences"),
    "findings.severity": M("严重程度：{severity}（{label}）——{reason}。", "Severity: {severity} ({label}): {reason}. "),
    "findings.remediation": M("（4）整改建议", "(4) Remediation"),
    "findings.no_actions": M("尚未制定整改措施：请指定责任人和完成期限。",
                             "No corrective action yet: name an owner and a due date."),
    "findings.clear": M("未发现风险迹象的事项（已作答的检查问题均回答“符合”）：",
                        "Items without signs of risk (every answered check question is “Compliant”):"),
    "findings.unassessed": M("未评估的事项（检查问题尚未作答，风险尚不知道）：",
                             "Items not assessed (no check question answered yet; the risk is unknown):"),
    "findings.none": M("按企业画像，本章没有适用的违规事项。", "By the company profile, no item of this chapter applies."),
    "findings.explanation": M("", "Explanation: "),
    # action tables
    "actions.measure": M("整改措施", "Corrective action"),
    "actions.owner": M("责任人", "Owner"),
    "actions.due": M("完成期限", "Due"),
    "actions.status": M("状态", "Status"),
    "actions.suggested": M("建议", "Suggested"),
    "actions.overdue": M("已逾期", "Overdue"),
    "evidence": M("证据材料：", "Evidence: "),
    "plan.lead": M("下表按整改后健康指数可提高的分值从高到低排列：每一事项下列出其整改措施、责任人、完成期限和状态。"
                   "尚未制定措施的事项列出指引建议的措施，请补充责任人和完成期限。",
                   "Items by the health index points their correction would gain, highest first, each with its "
                   "corrective actions, owners, due dates and status. Where no action is recorded yet, the "
                   "guide's suggestion is shown: add an owner and a due date."),
    "plan.gain": M("整改完成可加 {gain} 分", "Correction gains {gain} points"),
    "plan.none": M("本次体检未发现需要整改的事项。", "This check-up found nothing to correct."),
    # answers
    "answers.lead": M("下表列出按企业画像适用的全部检查问题及其回答、备注和证据材料。",
                      "Every check question that applies by the company profile, with its answer, notes and "
                      "evidence."),
    "answers.col_id": M("编号", "ID"),
    "answers.col_question": M("检查问题", "Check question"),
    "answers.col_answer": M("回答", "Answer"),
    "answers.col_note": M("备注与证据", "Notes and evidence"),
    # method
    "method.intro": M("本报告依据《{title}》（版本 {version}，{effective}施行；{law}）评分。评分只使用企业画像和各问题的回答，"
                      "同样的输入总是得到同样的结果。下列参数为本次评分实际使用的参数。",
                      "This report is scored by the {title} (version {version}, in effect from {effective}; {law}). "
                      "The score uses only the company profile and the answers: the same input always gives the "
                      "same result. The parameters below are those actually used."),
    "method.exposure": M("1. 问题的暴露程度", "1. Exposure of a question"),
    "method.exposure_lead": M("每个回答表示“该项违规存在”的可能性（0 为不存在，1 为确定存在）：",
                              "Each answer stands for how likely the violation is to exist (0: it does not, 1: it "
                              "certainly does):"),
    "method.col_answer": M("回答", "Answer"),
    "method.col_exposure": M("暴露程度", "Exposure"),
    "method.control": M("检查问题分两类：核查违规情形本身的问题，和核查防范措施（制度、台账、培训等）是否到位的问题。"
                        "防范措施类问题的暴露程度不超过 {cap}：防范措施缺失说明风险升高，但不等于违规已经发生。",
                        "Check questions are of two kinds: those on the violation itself, and those on whether a "
                        "preventive control (rules, records, training …) is in place. A control question's "
                        "exposure is at most {cap}: a missing control raises the risk but does not mean the "
                        "violation has happened."),
    "method.severity": M("2. 违规事项的严重程度", "2. Severity of a violation item"),
    "method.severity_lead": M("严重程度由指引中该事项的法律后果推定：",
                              "The severity follows from the item's legal consequences in the guide:"),
    "method.col_severity": M("严重程度", "Severity"),
    "method.col_condition": M("条件", "Condition"),
    "method.levels": M("3. 风险值、等级与健康指数", "3. Risk, levels and the health index"),
    "method.formula_exposure": M("事项暴露程度 = 该事项已作答问题暴露程度的最高值",
                                 "Item exposure = the highest exposure of the item's answered questions"),
    "method.formula_risk": M("风险值 = 严重程度 × 暴露程度（0–4）", "Risk = severity × exposure (0–4)"),
    "method.formula_index": M("健康指数 = 100 × （1 − Σ风险值 ÷ Σ严重程度），只计已评估的事项；各章用同一公式",
                              "Health index = 100 × (1 − Σ risk ÷ Σ severity), over the assessed items only; each "
                              "chapter by the same formula"),
    "method.formula_gain": M("整改可加分 = 100 × 该事项风险值 ÷ 已评估事项的 Σ严重程度",
                             "Gain = 100 × the item's risk ÷ Σ severity of the assessed items"),
    "method.col_item_level": M("事项等级", "Item level"),
    "method.col_overall": M("整体等级", "Overall level"),
    "method.veto": M("一票否决：任一可能承担刑事责任（严重程度 4）的事项中，核查违规情形的问题回答为“不符合”时，整体等级不优于{cap}",
                     "Veto: when a question on the violation itself of an item that may carry criminal liability "
                     "(severity 4) is answered “Not compliant”, the overall level is no better than {cap}"),
    "method.veto_control": M("；防范措施类问题不触发一票否决", "; control questions never trigger the veto"),
    "method.provisional": M("。只要还有适用的问题未作答，健康指数标注为“暂定”；已评估的事项中有问题回答“不确定”或未作答的，列为待核实。",
                            ". While any applicable question is unanswered, the health index is marked "
                            "“provisional”; an assessed item with a question answered “Unsure” or not answered "
                            "is listed to verify."),
    "method.unassessed": M("适用问题都未作答的事项为“未评估”：风险尚不知道，不评定等级，不计入健康指数和风险等级统计，也不列入整改计划。",
                           "An item none of whose applicable questions is answered is “not assessed”: its risk is "
                           "unknown, it gets no level, and it is counted neither in the health index, nor in the "
                           "risk levels, nor in the action plan. "),
    "method.version": M("4. 指引版本", "4. Guide version"),
    "method.guide_title": M("指引名称", "Guide"),
    "method.guide_version": M("版本", "Version"),
    "method.guide_effective": M("施行日期", "In effect from"),
    "method.law_status": M("法律状态", "Law status"),
    "method.guide_issuer": M("编写或发布", "Written or issued by"),
    "method.hash": M("内容校验值（SHA-256）", "Content fingerprint (SHA-256)"),
    "method.law": M("5. 法律状态", "5. Law status"),
    "method.older": M("本次体检使用的是该指引 {version} 版（{law}），现行版本为 {current} 版。报告中的法律依据、法律后果和评分均按体检所用的 {version} 版作出。",
                      "This check-up used version {version} of the guide ({law}); the current version is "
                      "{current}. The legal basis, consequences and scores of this report follow version "
                      "{version}, the one used."),
    "method.current": M("指引所引法律法规的状态已核对至上述日期；报告中的法律依据均为指引施行之日现行有效的文本。",
                        "The standing of the laws the guide cites was checked up to the date above; the legal basis "
                        "in this report is the text in force on the day the guide took effect."),
    "method.since": M("按现行版本 {current} 的法规登记表，体检所用指引引用的下列法律此后已发生变化，相关事项应当按现行法律复核：",
                      "By the law register of the current version {current}, these laws cited by the guide used "
                      "have changed since; the items concerned should be reviewed under the current law:"),
    "method.pending": M("所引法律中已公布、尚待施行的变化：", "Changes to cited laws promulgated but not yet in force:"),
    # migration
    "migration.intro": M("本体检按指引较早的版本开始作答，后迁移到现行的 {version} 版（{versions}）。迁移没有删除任何回答："
                         "问题或依据有变化的回答原样保留并标为“需复核”，已删除问题的回答存档于此。",
                         "This check-up was begun under an earlier version of the guide and moved to the current "
                         "version {version} ({versions}). The move deleted no answer: answers whose question or "
                         "basis changed are kept as given and marked for review; answers to deleted questions are "
                         "archived here."),
    "migration.reviews": M("尚待复核的回答（{n}）", "Answers to review ({n})"),
    "migration.reviews_lead": M("这些回答沿用迁移前的作答，已计入评分；复核前，相关结论应视为暂定。",
                                "These answers carry over from before the move and are scored; until reviewed, the "
                                "conclusions concerned are provisional."),
    "migration.col_current": M("现行问题", "Current question"),
    "migration.col_old_answer": M("原回答", "Earlier answer"),
    "migration.col_reasons": M("复核原因", "Why review"),
    "migration.old_question": M("原问题（{version} 版）：", "Earlier question (version {version}): "),
    "migration.law": M("因法律变化需复核的违规事项（{n}）", "Items to review because the law changed ({n})"),
    "migration.law_lead": M("这些事项所引法律在两个版本之间有修改，其法律依据与后果以本报告“风险事项详情”所列现行规定为准。",
                            "The laws these items cite changed between the two versions; their legal basis and "
                            "consequences are those in force as set out in “Findings”."),
    "migration.archived": M("存档的回答（{n}）", "Archived answers ({n})"),
    "migration.archived_lead": M("现行版本已删除这些问题，其回答不再计入评分，原样存档。",
                                 "The current version deleted these questions; their answers are no longer scored "
                                 "and are archived as given."),
    "migration.col_old_question": M("原问题", "Earlier question"),
    "migration.col_note_action": M("备注与整改措施", "Notes and corrective action"),
    "migration.version": M("{version} 版", "version {version}"),
    "migration.action": M("整改措施：{action}", "Corrective action: {action}"),
    "migration.archived_on": M("{day}存档", "archived {day}"),
    # consultant: scope, documents, laws, sign-off
    "scope.engagement": M("委托事项", "The engagement"),
    "scope.client": M("委托方", "Client"),
    "scope.firm": M("出具单位", "Issued by"),
    "scope.report_date": M("报告日期", "Report date"),
    "scope.scope": M("体检范围", "Scope"),
    "scope.no_scope": M("体检范围尚未写明。", "The scope is not stated yet."),
    "scope.as_of": M("本报告所述事实以 {day} 为截止日；此后发生的事实和法律变化不在本报告范围之内。",
                     "The facts stated are as of {day}; later facts and changes in the law are outside this "
                     "report."),
    "scope.method": M("工作方法", "Method"),
    "scope.assumptions": M("假设与依赖限制", "Assumptions and limits of reliance"),
    "scope.no_assumptions": M("假设与依赖限制尚未写明。", "The assumptions and limits of reliance are not stated yet."),
    "scope.contacts": M("委托方联系人", "Client contacts"),
    "scope.contacts_lead": M("下列人员为委托方一方的人员，负责填写问卷、提供材料和答复询问；他们不是本报告的签字人。",
                             "These are the client's people, who completed the questionnaire, provided the materials "
                             "and answered questions; they are not signatories of this report."),
    "scope.col_name": M("姓名", "Name"),
    "scope.col_role": M("职务或角色", "Position or role"),
    "scope.col_phone": M("联系电话", "Phone"),
    "scope.no_contacts": M("未列明委托方联系人。", "No client contact is listed."),
    "documents.reviewed": M("1. 审阅的文件资料（{n}）", "1. Documents reviewed ({n})"),
    "documents.none": M("未列明附件以外的文件资料。", "No documents besides the attachments are listed."),
    "documents.evidence": M("2. 随问卷提供的证据材料（{n}）", "2. Evidence provided with the questionnaire ({n})"),
    "documents.col_question": M("问题编号", "Question"),
    "documents.col_file": M("文件名", "File name"),
    "documents.no_evidence": M("问卷未附证据材料。", "No evidence is attached to the questionnaire."),
    "documents.interviews": M("3. 访谈（{n}）", "3. Interviews ({n})"),
    "documents.col_position": M("职务", "Position"),
    "documents.col_date": M("访谈日期", "Date"),
    "documents.no_interviews": M("未进行访谈。", "No interviews were held."),
    "laws.lead": M("“风险事项详情”引用的全部法律法规，按指引法规登记表的顺序列出，注明版本和所引条款（同一条的各款合并写出，各条之间以分号分隔）：",
                   "Every law cited in “Findings”, in the order of the guide's law register, with its version "
                   "and the provisions cited (paragraphs of one article together, articles separated by "
                   "semicolons):"),
    "laws.col_law": M("法律法规", "Law"),
    "laws.col_version": M("版本", "Version"),
    "laws.col_articles": M("所引条款", "Provisions cited"),
    "laws.none": M("本报告的风险事项详情未引用法律条文。", "The findings of this report cite no provisions."),
    "signoff.title": M("审核与签章", "Review and signature"),
    "signoff.statement": M("本报告由{firm}接受{client}委托（委托编号 {reference}），依据委托方提供的问卷回答、文件资料和访谈陈述，"
                           "按《{guide}》（版本 {version}）就 {as_of} 的事实出具。",
                           "This report is issued by {firm}, engaged by {client} (engagement reference "
                           "{reference}), on the questionnaire answers, documents and interview statements the "
                           "client provided, against the {guide} (version {version}), on the facts as of {as_of}."),
    "signoff.col_role": M("职责", "Role"),
    "signoff.col_name": M("姓名", "Name"),
    "signoff.col_licence": M("执业证号", "Licence no."),
    "signoff.col_sign": M("签字", "Signature"),
    "signoff.lawyer": M("承办律师", "Handling lawyer"),
    "signoff.no_lawyer": M("尚未填写承办律师。", "No handling lawyer entered yet."),
    "signoff.partner": M("审核合伙人", "Reviewing partner"),
    "signoff.no_partner": M("尚未填写审核合伙人。", "No reviewing partner entered yet."),
    "signoff.final": M("审核意见：本报告已于 {on} 由 {by}{licence}审核签发定稿。",
                       "Review: this report was reviewed and signed off as final on {on} by {by}{licence}."),
    "signoff.draft": M("审核意见：本报告为草稿，尚未签发定稿（{missing}）。",
                       "Review: this report is a draft, not yet signed off as final ({missing})."),
    "signoff.issuer": M("出具单位", "Issued by"),
    "signoff.seal": M("{issuer}（盖章）", "{issuer} (seal)"),
    "signoff.date": M("日期", "Date"),
    "signoff.prepared": M("编制：{assessor}　　审核：{reviewer}", "Prepared by: {assessor}    Reviewed by: {reviewer}"),
}


def text(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang``, its ``{name}`` places filled from ``values``."""
    words = TEXTS[key].text(lang)
    return words.format(**values) if values else words


def section_number(n: int, lang: str) -> str:
    """The number of a main section: 一、 (GB/T 9704), 1. in English."""
    return f"{n}. " if lang == "en" else f"{chinese_number(n)}、"


def sub_number(n: int, lang: str) -> str:
    """The number of a part of a section, or of an appendix: （一）, (a) in English."""
    return f"({chr(ord('a') + n - 1)}) " if lang == "en" else f"（{chinese_number(n)}）"


def appendix_number(n: int, lang: str) -> str:
    return f"{chr(ord('A') + n - 1)}. " if lang == "en" else f"（{chinese_number(n)}）"
