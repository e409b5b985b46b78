// The baseline of the start-up benchmark (scripts/bench.sh): a bare QApplication and an empty QWidget of the
// main window's default size that quits on its first paint, as hbr-browser does with
// HBR_EXIT_AFTER_FIRST_PAINT set. Timing the whole process of each gives start-up to a painted window, and
// what Qt and the platform cost for any window on this machine.
#include <QApplication>
#include <QEvent>
#include <QWidget>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace {

class QuitOnFirstPaint : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !std::exchange(m_painted, true))
            // _Exit, not quit(): the process ends right after the paint, so what is timed is the time to
            // the first paint, not the work queued behind it (the first load) or the teardown.
            QMetaObject::invokeMethod(
                this,
                [] {
                    std::fflush(nullptr);
                    std::_Exit(0);
                },
                Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1360, 820); // MainWindow's default size
    QuitOnFirstPaint quitOnPaint;
    window.installEventFilter(&quitOnPaint);
    window.show();
    return QApplication::exec();
}
