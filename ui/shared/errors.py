"""Problems the user can fix, told in plain words: never a traceback.

Dialogs go through :func:`tell`, so tests patch one place and nothing ever blocks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def tell(parent: QWidget | None, title: str, message: str, advice: str = "") -> None:
    """A modal warning: what happened, and what to do about it. Both are shown as plain text: they
    carry file paths and names, which Qt would otherwise render when they look like HTML."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # also the informative text's (Qt 6)
    box.setText(message)
    if advice:
        box.setInformativeText(advice)
    box.exec()


def cannot_open(parent: QWidget | None, path: str, message: str) -> None:
    tell(parent, QCoreApplication.translate("Errors", "无法打开体检文件"), message,
         QCoreApplication.translate("Errors", "文件：{path}").format(path=path))


def guide_problems(parent: QWidget | None, count: int, folder: str) -> None:
    tell(parent, QCoreApplication.translate("Errors", "指引无法使用"),
         QCoreApplication.translate("Errors", "指引文件夹中有 {n} 处问题，暂时不能用它新建体检。").format(n=count),
         QCoreApplication.translate("Errors", "请在命令行运行 legalcheck guide validate {folder} 查看每一处问题（文件:行:列）并修正，"
                                    "或选择其他指引文件夹。").format(folder=folder))
