"""Problems found in a guide, with plain-language messages in Chinese and English."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    # file level
    "file_missing": ("缺少文件 {name}。每份指引都需要这个文件。", "Missing file {name}; every guide needs it."),
    "file_unreadable": ("无法读取文件：{detail}。", "Cannot read the file: {detail_en}."),
    "not_regular_file": ("这不是普通文件，而是{kind}，无法读取。请删除它，或换成真正的文件。",
                         "This is not a regular file but {kind_en}, so it cannot be read. "
                         "Remove it or put a real file in its place."),
    "file_name_not_text": ("指引中有一个文件的名称不是文字（{name}），无法使用。",
                           "A file of the guide is named by something that is not text ({name})."),
    "bad_file_name": ("文件名 {name} 不是有效的 UTF-8 文字，无法使用。请用中文、英文字母或数字重新命名。",
                      "The file name {name} is not valid UTF-8; rename the file."),
    "file_too_large": ("文件超过 {limit_kb} KB 的上限，请拆分或精简。", "File exceeds the {limit_kb} KB limit."),
    "not_utf8": ("文件不是 UTF-8 编码。请用 UTF-8 保存（记事本“另存为”时选择 UTF-8）。", "The file is not UTF-8 encoded."),
    "yaml_syntax": ("YAML 格式错误：{detail}。请检查缩进、冒号后的空格和引号是否成对。",
                    "YAML syntax error: {detail}. Check indentation, the space after colons and paired quotes."),
    "yaml_alias": ("不支持锚点和别名（& 和 *）。请直接写出完整内容。", "Anchors and aliases (& and *) are not allowed."),
    "yaml_tag": ("不支持 YAML 标签 {tag}，请删除以“!”开头的标记。", "YAML tag {tag} is not allowed; remove the '!' marker."),
    "yaml_too_deep": ("嵌套层级超过 {limit} 层。", "Nesting deeper than {limit} levels."),
    "yaml_complex_key": ("字段名必须是简单文字。", "Keys must be plain text."),
    "yaml_duplicate_key": ("字段“{key}”在同一处出现了两次。", "Key '{key}' appears twice here."),
    "bad_date": ("“{value}”不是存在的日期，请核对年、月、日（例如 2 月没有 30 日）。",
                 "'{value}' is not a real date; check the year, month and day."),
    "number_too_large": ("数字“{value}”太大：最多 {limit} 位。如果它是一段文字，请加引号。",
                         "The number '{value}' is too large (at most {limit} digits); quote it if it is text."),
    "bad_scalar": ("无法读取“{value}”这个值。如果它是一段文字，请加引号。",
                   "The value '{value}' cannot be read; quote it if it is text."),
    "too_many_files": ("{folder} 文件夹中的文件超过 {limit} 个。", "More than {limit} files in the {folder} folder."),
    "no_chapters": ("chapters 文件夹中没有章节文件（*.yaml）。", "No chapter files (*.yaml) in the chapters folder."),
    # schema
    "expected_mapping": ("这里应当是“字段: 值”形式的一组内容。", "Expected a mapping of 'key: value' pairs here."),
    "expected_list": ("这里应当是以“- ”开头的列表。", "Expected a list (lines starting with '- ')."),
    "missing_field": ("缺少必填字段“{field}”（{meaning}）。", "Missing required field '{field}' ({meaning_en})."),
    "unknown_field": ("不认识的字段“{field}”。{hint}", "Unknown field '{field}'. {hint_en}"),
    "expected_text": ("“{field}”应当是一段文字，不能为空。如果是数字或日期，请加引号。",
                      "'{field}' must be non-empty text; quote numbers or dates."),
    "expected_int": ("“{field}”应当是正整数。", "'{field}' must be a positive whole number."),
    "expected_number": ("“{field}”应当是数字。", "'{field}' must be a number."),
    "not_finite": ("“{field}”应当是一个普通的数字，不能是无穷大（.inf）或非数（.nan）。",
                   "'{field}' must be an ordinary number, not .inf or .nan."),
    "out_of_range": ("“{field}”应当是 {low} 到 {high} 之间的整数{why}。", "'{field}' must be a whole number from {low} to {high}{why_en}."),
    "expected_bool": ("“{field}”应当是 true 或 false。", "'{field}' must be true or false."),
    "expected_date": ("“{field}”应当是日期，写成 2024-05-08 的形式。", "'{field}' must be a date like 2024-05-08."),
    "bad_id": ("编号“{id}”不合规：只能用英文字母、数字、“-”和“_”，以字母开头，不超过 64 个字符。",
               "Id '{id}' is invalid: letters, digits, '-' and '_', starting with a letter, at most 64 characters."),
    "duplicate_id": ("编号“{id}”重复，已在 {other} 使用过。每个编号必须唯一。", "Id '{id}' is already used at {other}."),
    "bad_choice": ("“{field}”的值“{value}”不在可选范围内：{choices}。", "'{field}' value '{value}' is not one of: {choices}."),
    "text_too_long": ("“{field}”超过 {limit} 个字，请精简。", "'{field}' is longer than {limit} characters."),
    # references
    "unknown_law": ("法规编号“{law}”未在 laws.yaml 中登记。{hint}", "Law id '{law}' is not in laws.yaml. {hint_en}"),
    "unknown_question": ("问题编号“{question}”不存在。{hint}", "Question id '{question}' does not exist. {hint_en}"),
    "question_unused": ("问题“{question}”没有被任何违规事项引用，回答它不会影响评分。请在相关事项的 questions 中列出它，或删除该问题。",
                        "Question '{question}' is not listed by any item, so its answer never counts."),
    "question_reused": ("问题“{question}”已列在本事项中。", "Question '{question}' is listed twice in this item."),
    "quote_empty": ("引用原文（quote）不能为空。", "The quote must not be empty."),
    "criminal_not_criminal_law": ("刑事责任依据（criminal_basis）应当引用《中华人民共和国刑法》，或者本身规定“依法追究刑事责任”的条文（引文须含“刑事责任”）。",
                                  "criminal_basis must cite the Criminal Law, or a provision that itself imposes criminal liability (its quote contains 刑事责任)."),
    "item_without_questions": ("违规事项至少要关联一个检查问题（questions）。", "An item needs at least one question."),
    "fine_without_amount": ("罚款上限（fine_max_yuan）只在处罚种类包含 fine（罚款）时填写。",
                            "fine_max_yuan only makes sense when the sanctions include 'fine'."),
    # conditions
    "condition_unknown_fact": ("适用条件中的“{fact}”不是 profile.yaml 中的企业特征。{hint}",
                               "'{fact}' in a condition is not a profile fact. {hint_en}"),
    "condition_unknown_operator": ("不认识的条件运算“{op}”，只能用 any（任一）、all（全部）或 not（非）。",
                                   "Unknown condition operator '{op}'; use any, all or not."),
    "condition_one_operator": ("一个条件只能有一个运算（any、all 或 not），这里有：{found}。",
                               "A condition takes exactly one operator (any, all or not); found: {found}."),
    "condition_needs_list": ("“{op}”后面应当是一个非空列表。", "'{op}' must be followed by a non-empty list."),
    "condition_bad_form": ("适用条件应当是企业特征编号，或 any / all / not 组成的条件。",
                           "A condition is a profile fact id or an any / all / not expression."),
    "condition_too_deep": ("适用条件嵌套超过 {limit} 层。", "Condition nested deeper than {limit} levels."),
    # numbering and counts
    "count_mismatch": ("声明的{what}数量为 {declared}，实际为 {actual}。", "Declared {what_en} count is {declared}, found {actual}."),
    "cross_ref_unknown": ("引用“[[{ref}]]”指向的条文或章不存在。引用写成 [[条文编号]] 或 [[章编号]]，如 [[A19]]、[[C3]]。",
                          "The reference [[{ref}]] names no article or chapter; write [[A19]] or [[C3]]."),
    "editor_note": ("“{found}”是写给编者的话，会显示给企业、印在报告上。请删去，或改写成 YAML 注释（以 # 开头）。",
                    "'{found}' is a note for editors that users and reports would show; delete it or make it a YAML comment (#)."),
    "literal_reference": ("“{found}”直接写了序号，插入或删除条文后会指错。请改写成按编号引用，如“本指引[[A19]]”，"
                          "软件显示时会换成当时的序号。",
                          "'{found}' writes a number, which goes wrong once articles move; refer by id, e.g. "
                          "本指引[[A19]]."),
    "numbering_gap": ("{what}序号由先后顺序决定（可以不写）：此处应为 {expected}，实际写的是 {actual}。",
                      "{what_en} numbers must be consecutive: expected {expected}, found {actual}."),
    # scoring
    "scoring_range": ("“{field}”应当在 {low} 到 {high} 之间。", "'{field}' must be between {low} and {high}."),
    "scoring_order": ("{detail}", "{detail_en}"),
    # format
    "format_old": ("这份指引使用第 {found} 版文件格式，现行为第 {current} 版：需要写明 format: {current}、"
                   "law_status_date（法律状态核对截至的日期）、每部法规的 last_article，并在 statutes 文件夹中附上所引法规的条文。",
                   "This guide uses file format {found}; the current format is {current} (format, law_status_date, "
                   "last_article per law and the cited statute texts in statutes/)."),
    "format_too_new": ("这份指引使用第 {found} 版文件格式，本软件只支持到第 {supported} 版。请升级软件。",
                       "This guide uses file format {found}; this version supports up to {supported}. Please upgrade."),
    # law status and statute texts
    "law_two_ends": ("一部法规不能同时填写 repealed_on（废止）和 replaced_on（被修订文本取代），请只保留一个。",
                     "Give either repealed_on or replaced_on, not both."),
    "law_ends_before_start": ("“{field}”的日期早于或等于施行日期 effective。", "'{field}' is not after 'effective'."),
    "law_successor_without_date": ("填写了“{field}”，但没有填写日期“{date_field}”。",
                                   "'{field}' is given without '{date_field}'."),
    "law_not_yet": ("《{title}》自{start}起施行，在本指引施行日期 {day} 尚未生效，不能引用。",
                    "{title} takes effect on {start}; it is not in force on the guide's effective date {day}."),
    "law_ended": ("《{title}》已于 {end} {verb}（{by}），在本指引施行日期 {day} 已不是现行有效的法律，不能引用。"
                  "请改引现行法律的相应条文。",
                  "{title} was {verb_en} on {end} ({by}); it is not in force on the guide's effective date {day}. "
                  "Cite the provision of the law in force."),
    "revision_note_brackets": ("提醒：修订说明“{note}”含括号。报告把它放在法规名称后的括号里，会出现括号套括号；"
                               "请改用逗号分隔，例如“2024年修订，国务院令第797号”。",
                               "Note: the revision note \u201c{note}\u201d contains brackets; printed in brackets after the "
                               "law's title it nests them. Separate with a comma instead, e.g. \u201c2024年修订，国务院令第797号\u201d."),
    "law_register_not_in_force": ("《{title}》已于 {end} 失效，在本指引施行日期已不是现行有效的法律。法规登记表只登记现行有效、"
                                  "本指引引用的法律；请把它移到 {file}（已失效法律登记表），软件仍会据此提醒引用过它的旧版指引的用户。",
                                  "{title} ceased on {end}: it is not in force on the guide's effective date. The law "
                                  "register holds only laws in force; move it to {file}, from which users of older guides "
                                  "that cited it are still told."),
    "lapsed_law_in_force": ("《{title}》在本指引施行日期 {day} 仍然有效，不属于已失效法律；请把它移回 {file}，或写明失效日期。",
                            "{title} is still in force on the guide's effective date {day}; move it back to {file} or give "
                            "the date it ended."),
    "law_ending_soon": ("提醒：《{title}》将于 {end} 失效（{by}），本指引引用了它 {count} 处。请在该日前修订所涉内容，"
                        "并在 laws.yaml 的 change_note 中写明变化，软件会把它告诉用户。",
                        "Note: {title} ceases on {end} ({by}); the guide cites it {count} time(s). Revise before then "
                        "and tell users in change_note."),
    "statute_unregistered": ("法规文本 {law}.md 没有对应的 laws.yaml 登记项。文件名应当与法规编号一致。",
                             "Statute text {law}.md has no entry in laws.yaml; the file name must be the law id."),
    "statute_missing": ("缺少《{title}》的法规文本 {file}。指引引用的每部法规都要附上所引条文的全文"
                        "（可运行 legalcheck guide statutes --from 法规全文文件夹 自动生成）。",
                        "Missing statute text {file} for {title}; every cited law ships the full text of the cited "
                        "articles (legalcheck guide statutes --from FOLDER writes them)."),
    "statute_article_too_long": ("{article}有 {length} 个字，超过 {limit} 字的上限，不像是一条法律条文。请核对该文件。",
                                 "{article} has {length} characters, over the limit of {limit}: not an article of a law. "
                                 "Check the file."),
    "statute_title": ("登记的标题《{title}》与法规文本 {file} 的标题《{found}》不一致。",
                      "Registered title '{title}' differs from the title '{found}' of {file}."),
    "article_beyond_law": ("《{title}》只到{last}，没有{article}。请核对条号。",
                           "{title} ends at {last}; it has no {article}. Check the article number."),
    "article_missing": ("随指引附带的《{title}》文本（{file}）中没有{article}。请核对条号；条号无误的，把该条全文加入该文件。",
                        "{article} is not in the shipped text of {title} ({file}). Check the number, or add the article."),
    "paragraph_missing": ("《{title}》{article}只有 {count} 款，没有第 {paragraph} 款。",
                          "{article} of {title} has {count} paragraph(s), not {paragraph}."),
    "quote_mismatch": ("引文与《{title}》{article}的原文不一致，必须逐字照录。{hint}",
                       "The quote does not match {article} of {title} word for word. {hint_en}"),
    "statute_differs": ("随指引附带的《{title}》{article}与法规全文 {file} 不一致。",
                        "{article} of {title} as shipped differs from the full text {file}."),
    # the English overlay (en/)
    "overlay_unknown_id": ("英文文本中的编号“{id}”不是{what}的编号。{hint}",
                           "Id '{id}' in the English text names nothing of the Chinese guide here. {hint_en}"),
    "overlay_steps": ("英文整改建议有 {found} 条，中文有 {count} 条，应当逐条对应。",
                      "{found} English remediation step(s) for {count} Chinese; give one for each."),
    "overlay_lines": ("问题 {owner} 的英文{what}有 {found} 条，中文有 {count} 条，应当逐条对应。",
                      "Question {owner}: {found} English {what_en} line(s) for {count} Chinese; give one for each."),
    "overlay_missing": ("提醒：{count} 处中文内容还没有英文，英文界面将显示中文：{keys}。",
                        "Note: {count} Chinese text(s) have no English and show in Chinese in English: {keys_en}."),
}


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    column: int
    code: str
    args: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    warning: bool = field(default=False, compare=False)  # reported, but the guide still loads

    def message(self, lang: str = "zh") -> str:
        zh, en = MESSAGES[self.code]
        template = en if lang == "en" else zh
        args = {k: ("" if v is None else v) for k, v in self.args.items()}
        return template.format_map(_Defaults(args)).strip()

    def render(self, lang: str = "zh") -> str:
        if not self.line:  # found in content, not at a position in a file (e.g. a quote check)
            return f"{self.file}: {self.message(lang)}"
        return f"{self.file}:{self.line}:{self.column}: {self.message(lang)}"


class _Defaults(dict):
    def __missing__(self, key: str) -> str:
        return ""
