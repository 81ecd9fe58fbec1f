"""``legalcheck signoff``: a reviewer signs the assessment off, making its reports final until anything changes."""

from __future__ import annotations

import argparse

from checklist.errors import UserError

from .common import out, say


def register(commands: argparse._SubParsersAction) -> None:
    sign = commands.add_parser("signoff", help="审核签发定稿 / sign the assessment off as final")
    sign.add_argument("file", metavar="FILE.lhc")
    sign.add_argument("--by", required=True, metavar="NAME", help="签发人姓名 / who signs off")
    sign.add_argument("--licence", default="", metavar="NO", help="签发人的律师执业证号（17 位） / licence number")
    sign.set_defaults(run=run_signoff)


def run_signoff(args: argparse.Namespace) -> int:
    from checklist.store import AssessmentFile
    from checklist.vocabulary import login_name

    with AssessmentFile.open(args.file, login_name()) as file:
        if file.read_only:
            raise UserError(f"文件以只读方式打开，不能签发：{file.read_only_reason.zh}",
                            f"The file is open read-only and cannot be signed off: {file.read_only_reason.en}")
        signed = file.sign_off(args.by, args.licence)
    licence = f"（执业证号 {signed.licence}）" if signed.licence else ""
    licence_en = f" (licence {signed.licence})" if signed.licence else ""
    at = signed.at.strftime("%Y-%m-%d %H:%M")
    out(say(args.lang, f"已签发定稿：{signed.by}{licence}，{at}。此后对回答、备注、整改、附件、企业信息或委托事实的任何修改都会撤回签发。",
            f"Signed off by {signed.by}{licence_en} at {at}. Any later change to answers, notes, actions, attachments, "
            "the profile or the engagement withdraws it."))
    return 0
