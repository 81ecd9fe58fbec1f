"""What the report dialog and the worksheet dialog share: a worker in its own thread, with progress,
cancel (Esc cancels first, closes the next time), and a clean stop when the window closes."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QPushButton


class BackgroundDialog(QDialog):
    """Subclasses make ``progress``, ``progress_label``, ``banner`` and ``cancel_button``, say which button
    starts the work (:meth:`start_button`) and handle ``done`` (:meth:`_on_done`)."""

    thread: QThread | None = None
    worker: QObject | None = None

    def start_button(self) -> QPushButton:
        raise NotImplementedError

    @property
    def running(self) -> bool:
        return self.thread is not None

    def _launch(self, worker: QObject) -> None:
        """Run ``worker`` (signals progress, done, failed, cancelled; a ``stop`` event) in a new thread."""
        self.banner.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.progress_label.setText(self.tr("准备中…"))
        self.start_button().setEnabled(False)
        self.cancel_button.setText(self.tr("取消"))
        self.worker = worker
        self.thread = QThread(self)
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.done.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        worker.cancelled.connect(self._on_cancelled)
        for signal in (worker.done, worker.failed, worker.cancelled):
            signal.connect(self._finish_thread)
        self.thread.start()

    def _on_done(self, result: object) -> None:
        raise NotImplementedError

    def _on_progress(self, percent: int, label: str) -> None:
        self.progress.setValue(percent)
        self.progress_label.setText(label)

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        self.progress_label.clear()
        self.banner.show_message("error", message)

    def _on_cancelled(self) -> None:
        self.progress.hide()
        self.progress_label.setText(self.tr("已取消，没有生成文件。"))

    def _finish_thread(self) -> None:
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()
            self.thread.deleteLater()
        if self.worker is not None:
            self.worker.deleteLater()
        self.thread = self.worker = None
        self.start_button().setEnabled(True)
        self.cancel_button.setText(self.tr("关闭"))

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.stop.set()
            self.progress_label.setText(self.tr("正在取消…"))

    def _cancel_or_close(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.close()

    def shutdown(self) -> None:
        """Stop the work in progress and wait for the thread (the window is closing)."""
        if self.worker is not None:
            self.worker.stop.set()
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        event.accept()

    def reject(self) -> None:  # Esc: cancel the work first, close the next time
        if self.running:
            self.cancel()
        else:
            super().reject()
