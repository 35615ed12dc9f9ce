// The exporter writes real PNG, SVG and PDF files of a tree, and refuses what it cannot do
// with a message that says why.

#include "render/treeexporter.h"
#include "sampletree.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace NorthStar;

class TstTreeExporter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void png();
    void svg();
    void pdf();
    void rejects_data();
    void rejects();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    Testing::SampleTree m_sample = Testing::makeSampleTree();
};

void TstTreeExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // NORTHSTAR_KEEP_EXPORTS=1 keeps the files to look at them.
    if (qEnvironmentVariableIsSet("NORTHSTAR_KEEP_EXPORTS")) {
        m_dir->setAutoRemove(false);
        qInfo() << "exports in" << m_dir->path();
    }
    QVERIFY(m_dir->isValid());
}

void TstTreeExporter::png()
{
    const QString file = path(u"tree.png"_s);
    const auto result = exportTree(m_sample.data, m_sample.treeId, file);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));

    QImage image(file);
    QVERIFY(!image.isNull());
    // 16:9 at twice the 1600 px minimum slide width.
    QVERIFY2(image.width() >= 3200, qPrintable(QString::number(image.width())));
    QCOMPARE(qRound(image.width() * 9.0 / 16.0), image.height());

    // Not blank: the corners are white, the navy North Star card is there, and a real share
    // of the image is ink.
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    int ink = 0;
    bool navy = false;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            const QColor c = image.pixelColor(x, y);
            if (c != QColor(Qt::white))
                ++ink;
            navy = navy || c == QColor(0x16, 0x25, 0x45);
        }
    }
    QVERIFY(navy);
    QVERIFY2(ink > image.width() * image.height() / 16 / 40, qPrintable(QString::number(ink)));
}

void TstTreeExporter::svg()
{
    const QString file = path(u"tree.svg"_s);
    const auto result = exportTree(m_sample.data, m_sample.treeId, file);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QStringList texts;
    bool svgRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg"_s)
            svgRoot = true;
        if (xml.isStartElement() && xml.name() == u"text"_s)
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svgRoot);
    // Names wrap over several lines, each its own <text>: read them back as one string.
    const QString all = texts.join(u' ');
    QVERIFY(all.contains(u"Collaboration growth 2025"_s));
    for (const Node &n : std::as_const(m_sample.data.nodes)) {
        const QString name = m_sample.data.nodeTitle(n);
        QVERIFY2(all.contains(name), qPrintable(name));
    }
    QVERIFY(all.contains(u"No work yet"_s));
}

void TstTreeExporter::pdf()
{
    const QString file = path(u"tree.pdf"_s);
    const auto result = exportTree(m_sample.data, m_sample.treeId, file);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY2(bytes.size() > 2000, qPrintable(QString::number(bytes.size())));
    // One landscape page.
    QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "), 1);
}

void TstTreeExporter::rejects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("emptyTree");
    QTest::addColumn<QString>("message");
    QTest::newRow("gif") << u"tree.gif"_s << false << u".png, .svg or .pdf"_s;
    QTest::newRow("no suffix") << u"tree"_s << false << u"(no suffix)"_s;
    QTest::newRow("missing folder") << u"no/such/dir/tree.png"_s << false << u"Cannot write"_s;
    QTest::newRow("empty tree") << u"tree.png"_s << true << u"no cards yet"_s;
}

void TstTreeExporter::rejects()
{
    QFETCH(QString, file);
    QFETCH(bool, emptyTree);
    QFETCH(QString, message);
    WorkspaceData data = m_sample.data;
    if (emptyTree) {
        data.nodes.clear();
        data.edges.clear();
    }
    const auto result = exportTree(data, m_sample.treeId, path(file));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(message), qPrintable(result.error()));
    // Nothing half-written is left behind.
    QVERIFY(!QFile::exists(path(file)));
}

QTEST_MAIN(TstTreeExporter)
#include "tst_treeexporter.moc"
