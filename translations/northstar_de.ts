<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Analysis</name>
    <message>
        <source>Workspace setting &apos;%1&apos;: %2</source>
        <translation>Einstellung des Arbeitsbereichs „%1“: %2</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot;: %2</source>
        <translation>Knoten „%1“: %2</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is a lifecycle (four counts); leverage needs one value per period.</source>
        <translation>Knoten „%1“ ist ein Lebenszyklus (vier Zählwerte); die Hebelwirkung braucht einen Wert pro Zeitraum.</translation>
    </message>
    <message>
        <source>Leverage needs a North Star or input node with a metric as the parent.</source>
        <translation>Die Hebelwirkung braucht als übergeordneten Knoten einen North Star oder Input mit Metrik.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no metric inputs to estimate leverage for.</source>
        <translation>„%1“ hat keine Inputs mit Metrik, für die sich die Hebelwirkung schätzen ließe.</translation>
    </message>
    <message>
        <source>What-if needs an input node with a metric.</source>
        <translation>Die Was-wäre-wenn-Analyse braucht einen Input mit Metrik.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value for its latest complete period to change; check its computation and the imported data.</source>
        <translation>„%1“ hat für den letzten vollständigen Zeitraum keinen Wert, der sich ändern ließe; prüfen Sie die Berechnung und die importierten Daten.</translation>
    </message>
    <message>
        <source>The workspace has no metric with id %1.</source>
        <translation>Der Arbeitsbereich hat keine Metrik mit der ID %1.</translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; has no computation yet: choose its kind and core action in the properties panel.</source>
        <translation>Die Metrik „%1“ hat noch keine Berechnung: Wählen Sie Art und Kernaktion im Eigenschaftenbereich.</translation>
    </message>
    <message>
        <source>The computation of the metric &quot;%1&quot; is invalid: %2</source>
        <translation>Die Berechnung der Metrik „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>Cannot read the settings of %1: %2</source>
        <translation>Die Einstellungen von %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder or file name.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Check the free space and permissions.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Prüfen Sie freien Speicherplatz und Berechtigungen.</translation>
    </message>
    <message>
        <source>Could not encode the chart as PNG for %1.</source>
        <translation>Das Diagramm konnte für %1 nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <source>Exported from North Star Studio</source>
        <translation>Exportiert aus North Star Studio</translation>
    </message>
    <message>
        <source>no value (nobody to average over)</source>
        <translation>kein Wert (niemand, über den gemittelt werden kann)</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>Pp.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (geplant)</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>unvollständig</translation>
    </message>
</context>
<context>
    <name>CsvPreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, pipe or device); give the path of a CSV file.</source>
        <translation>%1 ist keine normale Datei (ein Ordner, eine Pipe oder ein Gerät); geben Sie den Pfad einer CSV-Datei an.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quote, a line break or a NUL byte cannot be the delimiter.</source>
        <translation>Ein Anführungszeichen, ein Zeilenumbruch oder ein NUL-Byte kann kein Trennzeichen sein.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a record is longer than %1 MB; a quote may never be closed.</source>
        <translation>ein Datensatz ist länger als %1 MB; vielleicht wird ein Anführungszeichen nie geschlossen.</translation>
    </message>
    <message>
        <source>a quoted field is never closed (the quote opens on this line and the file ends before it closes).</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (das Anführungszeichen beginnt in dieser Zeile, und die Datei endet, bevor es geschlossen wird).</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte 0x%1). If the file comes from Excel on Windows, import it with the encoding windows-1252.</source>
        <translation>der Text ist kein gültiges UTF-8 (Byte 0x%1). Stammt die Datei aus Excel unter Windows, importieren Sie sie mit der Kodierung windows-1252.</translation>
    </message>
    <message>
        <source>the text is not valid %1 (a broken character).</source>
        <translation>der Text ist kein gültiges %1 (ein fehlerhaftes Zeichen).</translation>
    </message>
</context>
<context>
    <name>DialectDetector</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>The stored activity rollup is damaged.</source>
        <translation>Die gespeicherte Aktivitätszusammenfassung ist beschädigt.</translation>
    </message>
    <message>
        <source>The stored activity rollup is damaged (a part is missing).</source>
        <translation>Die gespeicherte Aktivitätszusammenfassung ist beschädigt (ein Teil fehlt).</translation>
    </message>
    <message>
        <source>Stored events are damaged (a chunk cannot be read).</source>
        <translation>Gespeicherte Ereignisse sind beschädigt (ein Block kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>Workspace query failed: %1</source>
        <translation>Abfrage im Arbeitsbereich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The workspace&apos;s user or event name table is damaged (ids are not dense).</source>
        <translation>Die Tabelle der Nutzer- oder Ereignisnamen im Arbeitsbereich ist beschädigt (die IDs sind nicht lückenlos).</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>Der Import wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>Der Import wurde angehalten.</translation>
    </message>
    <message>
        <source>%1: %2 Stopped at the first rejected row (--on-error abort); nothing was imported.</source>
        <translation>%1: %2 Bei der ersten abgelehnten Zeile angehalten (--on-error abort); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Writing to the workspace failed: %1</source>
        <translation>Schreiben in den Arbeitsbereich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The time format of %1 could not be settled; give it with --time-format.</source>
        <translation>Das Zeitformat von %1 ließ sich nicht eindeutig bestimmen; geben Sie es mit --time-format an.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (check the folder&apos;s permissions).</source>
        <translation>%1 kann nicht geschrieben werden (prüfen Sie die Berechtigungen des Ordners).</translation>
    </message>
    <message>
        <source>%1 has no header row: give column %2 by number (1 to %3).</source>
        <translation>%1 hat keine Kopfzeile: Geben Sie Spalte %2 als Nummer an (1 bis %3).</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;. Its columns are: %3.</source>
        <translation>%1 hat keine Spalte „%2“. Die Spalten sind: %3.</translation>
    </message>
    <message>
        <source>The dates are ambiguous: every one reads both month-first (%1) and day-first (%2). Give the time format, e.g. --time-format &apos;%1&apos; or --time-format &apos;%2&apos;.</source>
        <translation>Die Datumsangaben sind mehrdeutig: Jede lässt sich mit dem Monat zuerst (%1) und mit dem Tag zuerst (%2) lesen. Geben Sie das Zeitformat an, z. B. --time-format &apos;%1&apos; oder --time-format &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The time column has no single format: line %1, &quot;%2&quot;, and many others do not read like the rest. Give the time format with --time-format (iso, epoch-s, epoch-ms or a pattern such as &apos;dd.MM.yyyy HH:mm&apos;).</source>
        <translation>Die Zeitspalte hat kein einheitliches Format: Zeile %1, „%2“, und viele andere lesen sich nicht wie der Rest. Geben Sie das Zeitformat mit --time-format an (iso, epoch-s, epoch-ms oder ein Muster wie &apos;dd.MM.yyyy HH:mm&apos;).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1: no user id column found; name it with --user COLUMN.</source>
        <translation>%1: keine Spalte mit der Nutzer-ID gefunden; geben Sie sie mit --user COLUMN an.</translation>
    </message>
    <message>
        <source>%1: no timestamp column found; name it with --time COLUMN.</source>
        <translation>%1: keine Zeitstempel-Spalte gefunden; geben Sie sie mit --time COLUMN an.</translation>
    </message>
    <message>
        <source>%1: no event column found; name it with --event COLUMN, or give one event name for every row with --event-name NAME.</source>
        <translation>%1: keine Ereignisspalte gefunden; geben Sie sie mit --event COLUMN an oder einen Ereignisnamen für alle Zeilen mit --event-name NAME.</translation>
    </message>
    <message>
        <source>%1: column %2 does not exist (the file has %3).</source>
        <translation>%1: Spalte %2 existiert nicht (die Datei hat %3).</translation>
    </message>
    <message>
        <source>--time-format %1: %2</source>
        <translation>--time-format %1: %2</translation>
    </message>
    <message>
        <source>Unknown timezone &quot;%1&quot;: use an IANA name such as UTC, Europe/Berlin or America/New_York.</source>
        <translation>Unbekannte Zeitzone „%1“: Verwenden Sie einen IANA-Namen wie UTC, Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This workspace holds daily rollups whose dates were made in %1, so its numbers cannot be counted in %2: a rollup has no times of day to move to another zone. Keep the reporting timezone %1, or build the rollup again in %2 and import it into a new workspace.</source>
        <translation>Dieser Arbeitsbereich enthält Tagesaggregate, deren Datumsangaben in %1 gebildet wurden; seine Zahlen lassen sich daher nicht in %2 zählen: Ein Tagesaggregat hat keine Uhrzeiten, die sich in eine andere Zeitzone verschieben ließen. Behalten Sie die Berichtszeitzone %1 bei, oder erstellen Sie das Tagesaggregat in %2 neu und importieren Sie es in einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; holds a daily rollup; raw events need a source of their own: give one with --source NAME.</source>
        <translation>Die Quelle „%1“ enthält ein Tagesaggregat; Rohereignisse brauchen eine eigene Quelle: Geben Sie eine mit --source NAME an.</translation>
    </message>
    <message>
        <source>%1 has events from %2 to %3, but a daily rollup in the workspace already covers %4 to %5 of those days: both would count them twice. Import only the events after %5, or import a rollup that ends before the events begin.</source>
        <translation>%1 enthält Ereignisse von %2 bis %3, aber ein Tagesaggregat im Arbeitsbereich deckt davon bereits die Tage %4 bis %5 ab: Zusammen würden diese Tage doppelt gezählt. Importieren Sie nur die Ereignisse nach %5 oder ein Tagesaggregat, das vor dem Beginn der Ereignisse endet.</translation>
    </message>
    <message>
        <source>A stored rollup is damaged (a chunk cannot be read).</source>
        <translation>Ein gespeichertes Tagesaggregat ist beschädigt (ein Block kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>A daily rollup&apos;s dates were made in one timezone: give it with --timezone TZ, the zone the warehouse query used (e.g. --timezone Europe/Berlin).</source>
        <translation>Die Datumsangaben eines Tagesaggregats wurden in einer bestimmten Zeitzone gebildet: Geben Sie sie mit --timezone TZ an, also die Zeitzone, die die Warehouse-Abfrage verwendet hat (z. B. --timezone Europe/Berlin).</translation>
    </message>
    <message>
        <source>The workspace reports in %1 and already holds data, but this rollup&apos;s dates were made in %2; a rollup cannot be moved to another zone. Build it again with --timezone %1 (northstar warehouse-sql … --timezone %1), or import it into a new workspace.</source>
        <translation>Der Arbeitsbereich berichtet in %1 und enthält bereits Daten, die Datumsangaben dieses Tagesaggregats wurden aber in %2 gebildet; ein Tagesaggregat lässt sich nicht in eine andere Zeitzone verschieben. Erstellen Sie es mit --timezone %1 neu (northstar warehouse-sql … --timezone %1) oder importieren Sie es in einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; holds raw events; a daily rollup needs a source of its own: give one with --source NAME (e.g. --source warehouse).</source>
        <translation>Die Quelle „%1“ enthält Rohereignisse; ein Tagesaggregat braucht eine eigene Quelle: Geben Sie eine mit --source NAME an (z. B. --source warehouse).</translation>
    </message>
    <message>
        <source>%1 covers %2 to %3, but raw events are stored for %4 to %5 of those days: both would count them twice. Import a rollup that ends before %4 (build it with a date filter), or import the raw events of those days only.</source>
        <translation>%1 umfasst %2 bis %3, für die Tage %4 bis %5 davon sind aber bereits Rohereignisse gespeichert: Zusammen würden diese Tage doppelt gezählt. Importieren Sie ein Tagesaggregat, das vor %4 endet (erstellen Sie es mit einem Datumsfilter), oder importieren Sie nur die Rohereignisse dieser Tage.</translation>
    </message>
    <message>
        <source>%1 is not a daily rollup: it has no column &quot;%2&quot;. A rollup has the columns %3 (and any user attributes); its columns are: %4. See docs/warehouse.md.</source>
        <translation>%1 ist kein Tagesaggregat: Die Spalte „%2“ fehlt. Ein Tagesaggregat hat die Spalten %3 (und beliebige Nutzerattribute); die Spalten dieser Datei sind: %4. Siehe docs/warehouse.md.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Komma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Semikolon  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation>Senkrechter Strich  |</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>durch Semikolons getrennt</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>durch senkrechte Striche getrennt</translation>
    </message>
    <message>
        <source>separated by %1</source>
        <translation>getrennt durch %1</translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>about a second</source>
        <translation>etwa eine Sekunde</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Unknown timezone &apos;%1&apos;: use an IANA name such as UTC, Europe/Berlin or America/New_York.</source>
        <translation>Unbekannte Zeitzone &apos;%1&apos;: Verwenden Sie einen IANA-Namen wie UTC, Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <source>Activity refers to user %1 but only %2 user keys were given.</source>
        <translation>Die Aktivität verweist auf Nutzer %1, es wurden aber nur %2 Nutzerschlüssel übergeben.</translation>
    </message>
    <message>
        <source>Activity refers to event %1 but only %2 event names were given.</source>
        <translation>Die Aktivität verweist auf Ereignis %1, es wurden aber nur %2 Ereignisnamen übergeben.</translation>
    </message>
    <message>
        <source>The activity data are inconsistent (%1); re-import the data.</source>
        <translation>Die Aktivitätsdaten sind widersprüchlich (%1); importieren Sie die Daten erneut.</translation>
    </message>
    <message>
        <source>Frequency is not offered for grain day (it would always be 1): choose week or month.</source>
        <translation>Häufigkeit gibt es nicht für die Granularität Tag (sie wäre immer 1): Wählen Sie Woche oder Monat.</translation>
    </message>
    <message>
        <source>The formula is empty: write e.g. &quot;bookings / breadth&quot;.</source>
        <translation>Die Formel ist leer: Schreiben Sie z. B. „bookings / breadth“.</translation>
    </message>
    <message>
        <source>expected an operator (+ - * /) or the end</source>
        <translation>Operator (+ - * /) oder Formelende erwartet</translation>
    </message>
    <message>
        <source>the formula is nested too deeply</source>
        <translation>die Formel ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>expected a number, a metric name or &apos;(&apos; but the formula ends</source>
        <translation>Zahl, Metrikname oder &apos;(&apos; erwartet, aber die Formel endet</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1</source>
        <translation>&apos;)&apos; erwartet, um die &apos;(&apos; in Spalte %1 zu schließen</translation>
    </message>
    <message>
        <source>expected a number, a metric name or &apos;(&apos; but found &apos;%1&apos;</source>
        <translation>Zahl, Metrikname oder &apos;(&apos; erwartet, aber &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>a metric name cannot start with a digit; put it in double quotes</source>
        <translation>ein Metrikname darf nicht mit einer Ziffer beginnen; setzen Sie ihn in doppelte Anführungszeichen</translation>
    </message>
    <message>
        <source>the quoted metric name is not closed with &apos;&quot;&apos;</source>
        <translation>der Metrikname in Anführungszeichen wird nicht mit &apos;&quot;&apos; geschlossen</translation>
    </message>
    <message>
        <source>the quoted metric name is empty</source>
        <translation>der Metrikname in Anführungszeichen ist leer</translation>
    </message>
    <message>
        <source>Formula &quot;%1&quot;, column %2: %3.</source>
        <translation>Formel „%1“, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>Leverage needs at least one input metric.</source>
        <translation>Die Hebelwirkung braucht mindestens eine Input-Metrik.</translation>
    </message>
    <message>
        <source>Leverage: the input and parent series cover different periods; compute them with the same grain.</source>
        <translation>Hebelwirkung: Die Reihen von Input und übergeordnetem Knoten decken unterschiedliche Zeiträume ab; berechnen Sie sie mit derselben Granularität.</translation>
    </message>
    <message>
        <source>Not enough history to estimate leverage: %1 usable period-over-period changes for %2 inputs, need at least %3 (complete periods with a value in the parent and every input).</source>
        <translation>Zu wenig Verlauf, um die Hebelwirkung zu schätzen: %1 nutzbare Veränderungen von Zeitraum zu Zeitraum für %2 Inputs, nötig sind mindestens %3 (vollständige Zeiträume mit einem Wert im übergeordneten Knoten und in jedem Input).</translation>
    </message>
    <message>
        <source>Leverage cannot be estimated: some inputs never change or move in lockstep with others over the %1 usable periods; remove one of them or wait for more history.</source>
        <translation>Die Hebelwirkung lässt sich nicht schätzen: Manche Inputs ändern sich über die %1 nutzbaren Zeiträume nie oder bewegen sich im Gleichschritt mit anderen; entfernen Sie einen davon oder warten Sie auf mehr Verlauf.</translation>
    </message>
    <message>
        <source>Unknown event &apos;%1&apos; in the core action (names match exactly); the data has: %2.</source>
        <translation>Unbekanntes Ereignis &apos;%1&apos; in der Kernaktion (Namen müssen exakt übereinstimmen); die Daten enthalten: %2.</translation>
    </message>
    <message>
        <source>Segment &apos;%1&apos;: no user has %2 &apos;%3&apos; (values match exactly); known values: %4.</source>
        <translation>Segment &apos;%1&apos;: Kein Nutzer hat %2 &apos;%3&apos; (Werte müssen exakt übereinstimmen); bekannte Werte: %4.</translation>
    </message>
    <message>
        <source>Segment &apos;%1&apos;: unknown attribute &apos;%2&apos;; the data has: %3.</source>
        <translation>Segment &apos;%1&apos;: unbekanntes Attribut &apos;%2&apos;; die Daten enthalten: %3.</translation>
    </message>
    <message>
        <source>no attributes</source>
        <translation>keine Attribute</translation>
    </message>
    <message>
        <source>Formula cycle: %1 refer to each other; break the loop.</source>
        <translation>Zirkelbezug in Formeln: %1 verweisen aufeinander; lösen Sie den Kreis auf.</translation>
    </message>
    <message>
        <source>Formula &quot;%1&quot; uses the unknown metric &apos;%2&apos;.</source>
        <translation>Formel „%1“ verwendet die unbekannte Metrik &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Formula &quot;%1&quot;: &apos;%2&apos; is a lifecycle (four counts) and cannot be used in a formula.</source>
        <translation>Formel „%1“: &apos;%2&apos; ist ein Lebenszyklus (vier Zählwerte) und kann nicht in einer Formel verwendet werden.</translation>
    </message>
    <message>
        <source>In &apos;%1&apos;: %2</source>
        <translation>In &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Metric field &apos;%1&apos; must be a whole number of at least 1.</source>
        <translation>Das Metrikfeld &apos;%1&apos; muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Unknown metric kind &apos;%1&apos;: use one of %2.</source>
        <translation>Unbekannte Metrikart &apos;%1&apos;: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Metric definition has no &apos;kind&apos; (one of %1).</source>
        <translation>Der Metrikdefinition fehlt &apos;kind&apos; (eines von %1).</translation>
    </message>
    <message>
        <source>Metric field &apos;events&apos; must be a list of event names.</source>
        <translation>Das Metrikfeld &apos;events&apos; muss eine Liste von Ereignisnamen sein.</translation>
    </message>
    <message>
        <source>Metric field &apos;events&apos; must hold non-empty event names.</source>
        <translation>Das Metrikfeld &apos;events&apos; darf keine leeren Ereignisnamen enthalten.</translation>
    </message>
    <message>
        <source>Metric field &apos;segment&apos; must be text like &quot;country = DE&quot;.</source>
        <translation>Das Metrikfeld &apos;segment&apos; muss Text wie „country = DE“ sein.</translation>
    </message>
    <message>
        <source>A formula metric needs a &apos;formula&apos;, e.g. &quot;bookings / breadth&quot;.</source>
        <translation>Eine Formelmetrik braucht eine &apos;formula&apos;, z. B. „bookings / breadth“.</translation>
    </message>
    <message>
        <source>Unknown grain &apos;%1&apos;: use day, week or month.</source>
        <translation>Unbekannte Granularität &apos;%1&apos;: Verwenden Sie day, week oder month.</translation>
    </message>
    <message>
        <source>Unknown week start &apos;%1&apos;: use monday or sunday.</source>
        <translation>Unbekannter Wochenbeginn &apos;%1&apos;: Verwenden Sie monday oder sunday.</translation>
    </message>
    <message>
        <source>Segment &apos;%1&apos; is not of the form &apos;attribute = value&apos;, e.g. &apos;country = DE&apos;.</source>
        <translation>Segment &apos;%1&apos; hat nicht die Form &apos;Attribut = Wert&apos;, z. B. &apos;country = DE&apos;.</translation>
    </message>
    <message>
        <source>What-if: there is no input node %1.</source>
        <translation>Was-wäre-wenn: Es gibt keinen Input-Knoten %1.</translation>
    </message>
    <message>
        <source>What-if: the change must be a finite percentage.</source>
        <translation>Was-wäre-wenn: Die Änderung muss ein endlicher Prozentwert sein.</translation>
    </message>
    <message>
        <source>What-if: an edge refers to a node that does not exist.</source>
        <translation>Was-wäre-wenn: Eine Verbindung verweist auf einen Knoten, den es nicht gibt.</translation>
    </message>
    <message>
        <source>What-if: the metrics above &apos;%1&apos; form a cycle; a tree cannot feed itself.</source>
        <translation>Was-wäre-wenn: Die Metriken über &apos;%1&apos; bilden einen Kreis; ein Baum kann nicht auf sich selbst einzahlen.</translation>
    </message>
    <message>
        <source>the formula has too many terms (at most %1)</source>
        <translation>die Formel hat zu viele Terme (höchstens %1)</translation>
    </message>
    <message>
        <source>Unknown attribute &apos;%1&apos;.</source>
        <translation>Unbekanntes Attribut &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The data hold %L1 rows of a user&apos;s day and event, more than one workspace can hold (%L2): import a shorter period, fewer event names or a segment of the users (docs/scaling.md).</source>
        <translation>Die Daten umfassen %L1 Zeilen aus Nutzer, Tag und Ereignis, mehr als ein Arbeitsbereich aufnehmen kann (%L2): Importieren Sie einen kürzeren Zeitraum, weniger Ereignisnamen oder ein Segment der Nutzer (docs/scaling.md).</translation>
    </message>
</context>
<context>
    <name>NorthStar::Agenda</name>
    <message>
        <source>Value and game</source>
        <translation>Wert und Spiel</translation>
    </message>
    <message>
        <source>What value do customers get from us, and which game do we play: attention, transaction or productivity?</source>
        <translation>Welchen Wert bekommen Kunden von uns, und welches Spiel spielen wir: Aufmerksamkeit, Transaktion oder Produktivität?</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Which numbers would show that customers get that value? Name every candidate.</source>
        <translation>Welche Zahlen würden zeigen, dass Kunden diesen Wert bekommen? Nennen Sie jeden Kandidaten.</translation>
    </message>
    <message>
        <source>Checklist and stress test</source>
        <translation>Checkliste und Stresstest</translation>
    </message>
    <message>
        <source>Test each candidate against the checklist. Could it double without customers getting more value?</source>
        <translation>Prüfen Sie jeden Kandidaten mit der Checkliste. Könnte er sich verdoppeln, ohne dass Kunden mehr Wert bekommen?</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>Vote with your dots, then choose one North Star Metric.</source>
        <translation>Stimmen Sie mit Ihren Punkten ab und wählen Sie dann eine North Star Metric.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>Which three to five inputs drive it? Breadth, depth, frequency, efficiency: what is missing?</source>
        <translation>Welche drei bis fünf Inputs treiben sie? Breite, Tiefe, Häufigkeit, Effizienz: Was fehlt?</translation>
    </message>
    <message>
        <source>Work and gaps</source>
        <translation>Maßnahmen und Lücken</translation>
    </message>
    <message>
        <source>What work moves each input? Which input has none?</source>
        <translation>Welche Maßnahmen bewegen jeden Input? Welcher Input hat keine?</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Who does what by when? What do we measure first?</source>
        <translation>Wer macht was bis wann? Was messen wir zuerst?</translation>
    </message>
</context>
<context>
    <name>NorthStar::AgendaEditor</name>
    <message>
        <source>&amp;Add Step</source>
        <translation>Schritt hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Step</source>
        <translation>Schritt ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The one line the room sees during this step</source>
        <translation>Die eine Zeile, die der Raum während dieses Schritts sieht</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>&amp;Leitfrage:</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(Schritt ohne Titel)</translation>
    </message>
    <message>
        <source>now: </source>
        <translation>jetzt: </translation>
    </message>
    <message>
        <source>done: </source>
        <translation>erledigt: </translation>
    </message>
    <message>
        <source>%1. %2%3 (%4 min)</source>
        <translation>%1. %2%3 (%4 min)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Planned time: %1 in 1 step</source>
        <translation>Geplante Zeit: %1 in 1 Schritt</translation>
    </message>
    <message>
        <source>Planned time: %1 in %2 steps</source>
        <translation>Geplante Zeit: %1 in %2 Schritten</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
</context>
<context>
    <name>NorthStar::AnnotationDialog</name>
    <message>
        <source>On this metric (%1)</source>
        <translation>Auf dieser Metrik (%1)</translation>
    </message>
    <message>
        <source>On the whole workspace (every chart)</source>
        <translation>Auf dem ganzen Arbeitsbereich (jedes Diagramm)</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Anmerkung hinzufügen</translation>
    </message>
    <message>
        <source>What happened, e.g. &quot;Price change&quot; or &quot;Outage&quot;</source>
        <translation>Was geschah, z. B. „Preisänderung“ oder „Ausfall“</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Shown:</source>
        <translation>Angezeigt:</translation>
    </message>
</context>
<context>
    <name>NorthStar::CandidatesPanel</name>
    <message>
        <source>Add a metric the team is considering as its North Star</source>
        <translation>Eine Metrik hinzufügen, die das Team als North Star in Betracht zieht</translation>
    </message>
    <message>
        <source>No candidates yet. Add the metrics your team is considering, answer the checklist for each, then choose one as the North Star.</source>
        <translation>Noch keine Kandidaten. Fügen Sie die Metriken hinzu, die Ihr Team in Betracht zieht, beantworten Sie für jede die Checkliste und wählen Sie dann eine als North Star.</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Kandidaten hinzufügen</translation>
    </message>
    <message>
        <source>Name of the candidate North Star metric:</source>
        <translation>Name der möglichen North Star Metric:</translation>
    </message>
    <message>
        <source>Candidate North Stars for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>North-Star-Kandidaten für &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No tree is open.</source>
        <translation>Es ist kein Baum geöffnet.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Why this one, or why not</source>
        <translation>Warum diese, oder warum nicht</translation>
    </message>
    <message>
        <source>Choose as North Star</source>
        <translation>Als North Star wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Chosen North Star</source>
        <translation>Gewählter North Star</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; / %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; / %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; / %2 (%3 unanswered)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; / %2 (%3 unbeantwortet)</translation>
    </message>
    <message>
        <source>North Star</source>
        <translation>North Star</translation>
    </message>
    <message>
        <source>The chosen North Star stays a candidate; choose another one first.</source>
        <translation>Der gewählte North Star bleibt Kandidat; wählen Sie zuerst einen anderen.</translation>
    </message>
    <message>
        <source>Remove this candidate</source>
        <translation>Diesen Kandidaten entfernen</translation>
    </message>
    <message>
        <source>Speaks for this candidate.</source>
        <translation>Spricht für diesen Kandidaten.</translation>
    </message>
    <message>
        <source>Unsure: worth discussing.</source>
        <translation>Unsicher: lohnt eine Diskussion.</translation>
    </message>
    <message>
        <source>Speaks against this candidate.</source>
        <translation>Spricht gegen diesen Kandidaten.</translation>
    </message>
    <message>
        <source>&amp;Add Candidate…</source>
        <translation>&amp;Kandidaten hinzufügen…</translation>
    </message>
</context>
<context>
    <name>NorthStar::CanvasMetrics</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>NorthStar::CanvasView</name>
    <message>
        <source>Tree canvas</source>
        <translation>Arbeitsfläche des Baums</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Verbindung lösen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Add Child</source>
        <translation>Kind hinzufügen</translation>
    </message>
    <message>
        <source>Add Sibling</source>
        <translation>Geschwister hinzufügen</translation>
    </message>
    <message>
        <source>Add Sub-input</source>
        <translation>Unter-Input hinzufügen</translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation>Verbinden mit…</translation>
    </message>
    <message>
        <source>Disconnect from “%1”</source>
        <translation>Verbindung zu „%1“ lösen</translation>
    </message>
    <message>
        <source>Automatic Position</source>
        <translation>Automatisch positionieren</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add North Star</source>
        <translation>North Star hinzufügen</translation>
    </message>
    <message>
        <source>Add Input Here</source>
        <translation>Input hier hinzufügen</translation>
    </message>
    <message>
        <source>Add Work Item Here</source>
        <translation>Maßnahme hier hinzufügen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Automatic Layout</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <source>No tree to show. Add a tree to start.</source>
        <translation>Kein Baum zum Anzeigen. Fügen Sie einen Baum hinzu, um zu beginnen.</translation>
    </message>
    <message>
        <source>This tree is empty.</source>
        <translation>Dieser Baum ist leer.</translation>
    </message>
    <message>
        <source>This tree is empty.
Press Tab to add its North Star Metric, or double-click anywhere.</source>
        <translation>Dieser Baum ist leer.
Drücken Sie Tab, um seine North Star Metric hinzuzufügen, oder doppelklicken Sie irgendwo.</translation>
    </message>
    <message>
        <source>Click the card this one drives. Escape cancels.</source>
        <translation>Klicken Sie auf die Karte, auf die diese einzahlt. Esc bricht ab.</translation>
    </message>
    <message>
        <source>&amp;Not Rated</source>
        <translation>&amp;Nicht bewertet</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>&amp;Hoch</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Mittel</translation>
    </message>
    <message>
        <source>&amp;Low (a hypothesis to confirm)</source>
        <translation>Nie&amp;drig (eine Hypothese, noch zu bestätigen)</translation>
    </message>
    <message>
        <source>Con&amp;fidence</source>
        <translation>Zuversi&amp;cht</translation>
    </message>
    <message>
        <source>Link Con&amp;fidence</source>
        <translation>Zuversi&amp;cht der Verbindung</translation>
    </message>
</context>
<context>
    <name>NorthStar::CanvasVoteKeys</name>
    <message>
        <source>The room votes on inputs in this step: select an input card, then + adds a dot.</source>
        <translation>In diesem Schritt stimmt die Gruppe über Inputs ab: Wählen Sie eine Input-Karte aus, dann fügt + einen Punkt hinzu.</translation>
    </message>
    <message>
        <source>The room votes on work items in this step: select a work item, then + adds a dot.</source>
        <translation>In diesem Schritt stimmt die Gruppe über Maßnahmen ab: Wählen Sie eine Maßnahme aus, dann fügt + einen Punkt hinzu.</translation>
    </message>
    <message>
        <source>The room votes on candidates in this step: vote in the Candidates panel.</source>
        <translation>In diesem Schritt stimmt die Gruppe über Kandidaten ab: Stimmen Sie im Bereich „Kandidaten“ ab.</translation>
    </message>
</context>
<context>
    <name>NorthStar::Card</name>
    <message>
        <source>NORTH STAR</source>
        <translation>NORTH STAR</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>INPUT</translation>
    </message>
    <message>
        <source>INITIATIVE</source>
        <translation>INITIATIVE</translation>
    </message>
    <message>
        <source>EXPERIMENT</source>
        <translation>EXPERIMENT</translation>
    </message>
    <message>
        <source>FEATURE</source>
        <translation>FEATURE</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>Pp.</translation>
    </message>
    <message>
        <source>Lifecycle: see the chart</source>
        <translation>Lebenszyklus: siehe Diagramm</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>No imported events match this metric yet.</source>
        <translation>Noch passen keine importierten Ereignisse zu dieser Metrik.</translation>
    </message>
    <message>
        <source>No complete %1 yet</source>
        <translation>%1 noch nicht vollständig</translation>
    </message>
    <message>
        <source>The data do not cover a whole %1 yet; a partial period never drives the number.</source>
        <translation>Die Daten decken noch keinen ganzen Zeitraum (%1) ab; ein unvollständiger Zeitraum bestimmt nie die Zahl.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1: empty (nobody to average over in this %2)</source>
        <translation>%1: leer (niemand, über den gemittelt werden kann; Zeitraum: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 against the %2 before (%3)</source>
        <translation>%1 gegenüber der Vorperiode (%2: %3)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>No work yet</source>
        <translation>Noch keine Maßnahmen</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Niedrige Zuversicht</translation>
    </message>
</context>
<context>
    <name>NorthStar::ChartPanel</name>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Period of each point</source>
        <translation>Zeitraum je Punkt</translation>
    </message>
    <message>
        <source>Weeks start Monday</source>
        <translation>Wochen beginnen am Montag</translation>
    </message>
    <message>
        <source>Weeks start Sunday</source>
        <translation>Wochen beginnen am Sonntag</translation>
    </message>
    <message>
        <source>Zoom to range</source>
        <translation>Auf Bereich zoomen</translation>
    </message>
    <message>
        <source>Show only the selected range (drag across the chart to select one)</source>
        <translation>Nur den ausgewählten Bereich zeigen (zum Auswählen über das Diagramm ziehen)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Image for email (PNG)…</source>
        <translation>Bild für E-Mail (PNG)…</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>Vektorbild (SVG)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Daten (CSV)…</translation>
    </message>
    <message>
        <source>Active days histogram</source>
        <translation>Histogramm der aktiven Tage</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>Breadth, depth, frequency</source>
        <translation>Breite, Tiefe, Häufigkeit</translation>
    </message>
    <message>
        <source>North Star only</source>
        <translation>Nur North Star</translation>
    </message>
    <message>
        <source>There is no chart to export: select a node with data first.</source>
        <translation>Es gibt kein Diagramm zum Exportieren: Wählen Sie zuerst einen Knoten mit Daten.</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Select a node on the canvas to see its history.</source>
        <translation>Wählen Sie einen Knoten auf der Arbeitsfläche, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a work item: its ship date is marked on the charts of the inputs it drives.</source>
        <translation>„%1“ ist eine Maßnahme: Ihr Auslieferungsdatum ist in den Diagrammen der Inputs markiert, auf die sie einzahlt.</translation>
    </message>
    <message>
        <source>This node has no metric yet: choose one in Properties</source>
        <translation>Dieser Knoten hat noch keine Metrik: Wählen Sie eine unter Eigenschaften</translation>
    </message>
    <message>
        <source>This metric has no computation yet: set it in Properties</source>
        <translation>Diese Metrik hat noch keine Berechnung: Legen Sie sie unter Eigenschaften fest</translation>
    </message>
    <message>
        <source>The computation of &quot;%1&quot; cannot be read: %2. Set it again in Properties.</source>
        <translation>Die Berechnung von „%1“ kann nicht gelesen werden: %2. Legen Sie sie unter Eigenschaften neu fest.</translation>
    </message>
    <message>
        <source>No data imported yet: File &gt; Import…</source>
        <translation>Noch keine Daten importiert: Datei &gt; Daten importieren…</translation>
    </message>
    <message>
        <source>Breadth: active users</source>
        <translation>Breite: aktive Nutzer</translation>
    </message>
    <message>
        <source>Depth: core actions per active user</source>
        <translation>Tiefe: Kernaktionen je aktivem Nutzer</translation>
    </message>
    <message>
        <source>Frequency: active days per active user</source>
        <translation>Häufigkeit: aktive Tage je aktivem Nutzer</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>per user</source>
        <translation>je Nutzer</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Guardrail: %1</source>
        <translation>Leitplanke: %1</translation>
    </message>
    <message>
        <source>Add annotation at %1…</source>
        <translation>Anmerkung bei %1 hinzufügen…</translation>
    </message>
    <message>
        <source>Edit annotation…</source>
        <translation>Anmerkung bearbeiten…</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;…</source>
        <translation>„%1“ bearbeiten…</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>NorthStar::Cli</name>
    <message>
        <source>Create a workspace file, blank or from a template</source>
        <translation>Eine Arbeitsbereichsdatei anlegen, leer oder aus einer Vorlage</translation>
    </message>
    <message>
        <source>List the bundled North Star tree templates</source>
        <translation>Die mitgelieferten Vorlagen für North-Star-Bäume auflisten</translation>
    </message>
    <message>
        <source>Check a workspace&apos;s trees against the workshop rules</source>
        <translation>Die Bäume eines Arbeitsbereichs gegen die Workshop-Regeln prüfen</translation>
    </message>
    <message>
        <source>Export a tree as a PNG, SVG or PDF image</source>
        <translation>Einen Baum als PNG-, SVG- oder PDF-Bild exportieren</translation>
    </message>
    <message>
        <source>Import a usage CSV into a workspace</source>
        <translation>Eine CSV mit Nutzungsdaten in einen Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>Show how a CSV file will be read before importing it</source>
        <translation>Vor dem Import zeigen, wie eine CSV-Datei gelesen wird</translation>
    </message>
    <message>
        <source>Show a workspace&apos;s imported data and import history</source>
        <translation>Importierte Daten und Importverlauf eines Arbeitsbereichs zeigen</translation>
    </message>
    <message>
        <source>Print a metric of the imported data per period as CSV</source>
        <translation>Eine Metrik der importierten Daten je Zeitraum als CSV ausgeben</translation>
    </message>
    <message>
        <source>Write the demo workspace with a year of usage data</source>
        <translation>Den Demo-Arbeitsbereich mit einem Jahr Nutzungsdaten schreiben</translation>
    </message>
    <message>
        <source>Run &apos;northstar %1 --help&apos; for usage.</source>
        <translation>Aufruf: siehe &apos;northstar %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Write the demo workspace (a language-learning app&apos;s North Star tree with a year of usage data) and print its path. An existing file is never overwritten.</source>
        <translation>Den Demo-Arbeitsbereich schreiben (der North-Star-Baum einer Sprachlern-App mit einem Jahr Nutzungsdaten) und seinen Pfad ausgeben. Eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Where to write it (default: the per-user demo location).</source>
        <translation>Wohin er geschrieben wird (Standard: der Demo-Ort des Benutzers).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: give at most one WORKSPACE file.</source>
        <translation>Unerwartetes Argument „%1“: Geben Sie höchstens eine WORKSPACE-Datei an.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or delete it first.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder löschen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>Export one tree of a workspace as an image for slides: PNG, SVG or PDF, chosen by the file name&apos;s suffix.</source>
        <translation>Einen Baum eines Arbeitsbereichs als Bild für Folien exportieren: PNG, SVG oder PDF, je nach Dateiendung.</translation>
    </message>
    <message>
        <source>The image file to write (.png, .svg or .pdf).</source>
        <translation>Die zu schreibende Bilddatei (.png, .svg oder .pdf).</translation>
    </message>
    <message>
        <source>Export the tree NAME (default: the first tree).</source>
        <translation>Den Baum NAME exportieren (Standard: der erste Baum).</translation>
    </message>
    <message>
        <source>The workspace file (*.northstar).</source>
        <translation>Die Arbeitsbereichsdatei (*.northstar).</translation>
    </message>
    <message>
        <source>Missing the WORKSPACE file to export from.</source>
        <translation>Es fehlt die WORKSPACE-Datei, aus der exportiert werden soll.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: give one WORKSPACE file.</source>
        <translation>Unerwartetes Argument „%1“: Geben Sie eine WORKSPACE-Datei an.</translation>
    </message>
    <message>
        <source>Missing --image OUT: the file to write (%1).</source>
        <translation>Es fehlt --image OUT: die zu schreibende Datei (%1).</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: the file name must end in %2.</source>
        <translation>Export nach „%1“ nicht möglich: Der Dateiname muss auf %2 enden.</translation>
    </message>
    <message>
        <source>%1 has no tree to export.</source>
        <translation>%1 hat keinen Baum zum Exportieren.</translation>
    </message>
    <message>
        <source>%1 has no tree &quot;%2&quot;. Trees: %3.</source>
        <translation>%1 hat keinen Baum „%2“. Bäume: %3.</translation>
    </message>
    <message>
        <source>Exported the tree &quot;%1&quot; to %2.</source>
        <translation>Baum „%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>%1 was already imported into source &quot;%2&quot; (identical content): 0 rows imported, the workspace is unchanged.</source>
        <translation>%1 wurde bereits in die Quelle „%2“ importiert (identischer Inhalt): 0 Zeilen importiert, der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2 into %3 (source &quot;%4&quot;).</source>
        <translation>%1 Zeilen aus %2 in %3 importiert (Quelle „%4“).</translation>
    </message>
    <message>
        <source>Rejected: %1. Replaced earlier rows: %2. Users: %3.</source>
        <translation>Abgelehnt: %1. Ersetzte frühere Zeilen: %2. Nutzer: %3.</translation>
    </message>
    <message>
        <source>Range: %1 to %2.</source>
        <translation>Zeitraum: %1 bis %2.</translation>
    </message>
    <message>
        <source>Read as: delimiter &apos;%1&apos;, encoding %2, time format %3, timezone %4.</source>
        <translation>Gelesen als: Trennzeichen &apos;%1&apos;, Kodierung %2, Zeitformat %3, Zeitzone %4.</translation>
    </message>
    <message>
        <source>First %1 rejected rows:</source>
        <translation>Erste %1 abgelehnte Zeilen:</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Abgelehnte Zeilen:</translation>
    </message>
    <message>
        <source>Import a usage CSV into a workspace (created when missing).</source>
        <translation>Eine CSV mit Nutzungsdaten in einen Arbeitsbereich importieren (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <source>User id column (name or 1-based number).</source>
        <translation>Spalte der Nutzer-ID (Name oder Nummer ab 1).</translation>
    </message>
    <message>
        <source>Timestamp column.</source>
        <translation>Spalte des Zeitstempels.</translation>
    </message>
    <message>
        <source>Event name column.</source>
        <translation>Spalte des Ereignisnamens.</translation>
    </message>
    <message>
        <source>One event name for every row.</source>
        <translation>Ein Ereignisname für alle Zeilen.</translation>
    </message>
    <message>
        <source>Numeric value column.</source>
        <translation>Spalte mit Zahlenwert.</translation>
    </message>
    <message>
        <source>User attribute column (repeatable).</source>
        <translation>Spalte mit Nutzerattribut (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>iso, epoch-s, epoch-ms or a Qt pattern such as &apos;M/d/yy H:mm&apos;.</source>
        <translation>iso, epoch-s, epoch-ms oder ein Qt-Muster wie &apos;M/d/yy H:mm&apos;.</translation>
    </message>
    <message>
        <source>Field delimiter: , ; | or tab (default: detected).</source>
        <translation>Feldtrennzeichen: , ; | oder tab (Standard: erkannt).</translation>
    </message>
    <message>
        <source>utf-8, utf-16, latin-1 or windows-1252 (default: detected).</source>
        <translation>utf-8, utf-16, latin-1 oder windows-1252 (Standard: erkannt).</translation>
    </message>
    <message>
        <source>skip (default) or abort at the first bad row.</source>
        <translation>skip (Standard) oder abort bei der ersten fehlerhaften Zeile.</translation>
    </message>
    <message>
        <source>Add to overlapping data of the source instead of replacing it.</source>
        <translation>Überlappende Daten der Quelle ergänzen statt sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object.</source>
        <translation>Die Zusammenfassung als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>expected WORKSPACE and FILE.</source>
        <translation>WORKSPACE und FILE erwartet.</translation>
    </message>
    <message>
        <source>give either --event or --event-name, not both.</source>
        <translation>Geben Sie entweder --event oder --event-name an, nicht beides.</translation>
    </message>
    <message>
        <source>--source needs a name.</source>
        <translation>--source braucht einen Namen.</translation>
    </message>
    <message>
        <source>--delimiter must be , ; | or tab.</source>
        <translation>--delimiter muss , ; | oder tab sein.</translation>
    </message>
    <message>
        <source>--on-error must be skip or abort.</source>
        <translation>--on-error muss skip oder abort sein.</translation>
    </message>
    <message>
        <source>(no events)</source>
        <translation>(keine Ereignisse)</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>users: %1</source>
        <translation>Nutzer: %1</translation>
    </message>
    <message>
        <source>first: %1</source>
        <translation>erstes: %1</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>letztes: %1</translation>
    </message>
    <message>
        <source>reporting timezone: %1</source>
        <translation>Berichtszeitzone: %1</translation>
    </message>
    <message>
        <source>event names: %1</source>
        <translation>Ereignisnamen: %1</translation>
    </message>
    <message>
        <source>sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>import history:</source>
        <translation>Importverlauf:</translation>
    </message>
    <message>
        <source>%1 imported, %2 rejected, %3 replaced%4</source>
        <translation>%1 importiert, %2 abgelehnt, %3 ersetzt%4</translation>
    </message>
    <message>
        <source> (append)</source>
        <translation> (angehängt)</translation>
    </message>
    <message>
        <source>Show the imported data of a workspace and its import history.</source>
        <translation>Die importierten Daten eines Arbeitsbereichs und seinen Importverlauf zeigen.</translation>
    </message>
    <message>
        <source>Print as one JSON object.</source>
        <translation>Als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Check the trees of a workspace against the North Star workshop rules (3 to 5 inputs, definitions, owners, work under every input, dimensions, guardrail, checklist). Prints one finding per line as &apos;severity: message&apos;; exits with 0 also when there are findings.</source>
        <translation>Die Bäume eines Arbeitsbereichs gegen die Regeln des North-Star-Workshops prüfen (3 bis 5 Inputs, Definitionen, Verantwortliche, Maßnahmen unter jedem Input, Dimensionen, Leitplanken-Metrik, Checkliste). Gibt einen Befund pro Zeile als &apos;Schweregrad: Meldung&apos; aus; endet auch bei Befunden mit 0.</translation>
    </message>
    <message>
        <source>Check only the tree NAME (default: all trees).</source>
        <translation>Nur den Baum NAME prüfen (Standard: alle Bäume).</translation>
    </message>
    <message>
        <source>Missing the WORKSPACE file to check.</source>
        <translation>Es fehlt die zu prüfende WORKSPACE-Datei.</translation>
    </message>
    <message>
        <source>The metric kind: %1.</source>
        <translation>Die Metrikart: %1.</translation>
    </message>
    <message>
        <source>The core action: event names separated by commas, matched exactly (default: every event).</source>
        <translation>Die Kernaktion: Ereignisnamen durch Kommas getrennt, exakt verglichen (Standard: alle Ereignisse).</translation>
    </message>
    <message>
        <source>day, week or month (default: week).</source>
        <translation>day, week oder month (Standard: week).</translation>
    </message>
    <message>
        <source>monday or sunday (default: the workspace&apos;s week-start setting, else monday).</source>
        <translation>monday oder sunday (Standard: der Wochenbeginn aus den Einstellungen des Arbeitsbereichs, sonst monday).</translation>
    </message>
    <message>
        <source>Reporting timezone, an IANA id such as Europe/Berlin (default: the workspace&apos;s).</source>
        <translation>Berichtszeitzone, eine IANA-ID wie Europe/Berlin (Standard: die des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>Active days for stickiness, minimum events for threshold (default: 1).</source>
        <translation>Aktive Tage für stickiness, Mindestzahl Ereignisse für threshold (Standard: 1).</translation>
    </message>
    <message>
        <source>Activation window in days (default: 7).</source>
        <translation>Aktivierungsfenster in Tagen (Standard: 7).</translation>
    </message>
    <message>
        <source>Only users whose attribute has this value, e.g. country=DE.</source>
        <translation>Nur Nutzer, deren Attribut diesen Wert hat, z. B. country=DE.</translation>
    </message>
    <message>
        <source>Use the computation stored on the tree node (or catalog metric) NAME instead of --metric, --events, -k and --window.</source>
        <translation>Die am Baumknoten (oder an der Katalogmetrik) NAME gespeicherte Berechnung statt --metric, --events, -k und --window verwenden.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1, not &quot;%2&quot;.</source>
        <translation>%1 muss eine ganze Zahl von mindestens 1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Formulas combine catalog metrics: store one on a metric and use --node NAME.</source>
        <translation>Formeln kombinieren Katalogmetriken: Speichern Sie eine an einer Metrik und verwenden Sie --node NAME.</translation>
    </message>
    <message>
        <source>--events has an empty event name in &quot;%1&quot;.</source>
        <translation>--events enthält einen leeren Ereignisnamen in „%1“.</translation>
    </message>
    <message>
        <source>-k applies to stickiness, stickiness-cumulative and threshold only.</source>
        <translation>-k gilt nur für stickiness, stickiness-cumulative und threshold.</translation>
    </message>
    <message>
        <source>--window applies to activation only.</source>
        <translation>--window gilt nur für activation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a work item; it has no metric. Name a North Star or input node.</source>
        <translation>„%1“ ist eine Maßnahme und hat keine Metrik. Nennen Sie einen North Star oder einen Input.</translation>
    </message>
    <message>
        <source>The workspace has no node or metric &quot;%1&quot; (names match exactly). Nodes: %2.</source>
        <translation>Der Arbeitsbereich hat keinen Knoten und keine Metrik „%1“ (Namen müssen exakt übereinstimmen). Knoten: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>--segment: no user has %1 &quot;%2&quot; (values match exactly); known values: %3.</source>
        <translation>--segment: Kein Nutzer hat %1 „%2“ (Werte müssen exakt übereinstimmen); bekannte Werte: %3.</translation>
    </message>
    <message>
        <source>--segment: unknown user attribute &quot;%1&quot;; the data has: %2.</source>
        <translation>--segment: unbekanntes Nutzerattribut „%1“; die Daten enthalten: %2.</translation>
    </message>
    <message>
        <source>no attributes</source>
        <translation>keine Attribute</translation>
    </message>
    <message>
        <source>Unknown timezone &quot;%1&quot;: use an IANA id such as UTC, Europe/Berlin or America/New_York.</source>
        <translation>Unbekannte Zeitzone „%1“: Verwenden Sie eine IANA-ID wie UTC, Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <source>Compute a metric of the workspace&apos;s imported data per period and print it as CSV (period_start,value,partial; lifecycle: period_start,new,returning,resurrecting,dormant,partial).</source>
        <translation>Eine Metrik der importierten Daten des Arbeitsbereichs je Zeitraum berechnen und als CSV ausgeben (period_start,value,partial; Lebenszyklus: period_start,new,returning,resurrecting,dormant,partial).</translation>
    </message>
    <message>
        <source>Missing the WORKSPACE file.</source>
        <translation>Es fehlt die WORKSPACE-Datei.</translation>
    </message>
    <message>
        <source>Give either --metric KIND or --node NAME.</source>
        <translation>Geben Sie entweder --metric KIND oder --node NAME an.</translation>
    </message>
    <message>
        <source>--node uses the stored computation: leave out --events, -k and --window.</source>
        <translation>--node verwendet die gespeicherte Berechnung: Lassen Sie --events, -k und --window weg.</translation>
    </message>
    <message>
        <source>frequency is not offered for grain day (it would always be 1): use week or month.</source>
        <translation>frequency gibt es nicht für die Granularität day (sie wäre immer 1): Verwenden Sie week oder month.</translation>
    </message>
    <message>
        <source>%1 has no imported data yet: import a usage CSV first (northstar import %1 FILE.csv).</source>
        <translation>%1 hat noch keine importierten Daten: Importieren Sie zuerst eine CSV mit Nutzungsdaten (northstar import %1 FILE.csv).</translation>
    </message>
    <message>
        <source>The workspace file to create (*.northstar).</source>
        <translation>Die anzulegende Arbeitsbereichsdatei (*.northstar).</translation>
    </message>
    <message>
        <source>Missing the WORKSPACE file to create.</source>
        <translation>Es fehlt die anzulegende WORKSPACE-Datei.</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;. Templates: %2.</source>
        <translation>Unbekannte Vorlage „%1“. Vorlagen: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left unchanged. Choose another file name, or delete the file first.</source>
        <translation>%1 existiert bereits und wurde nicht verändert. Wählen Sie einen anderen Dateinamen oder löschen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>North Star</source>
        <translation>North Star</translation>
    </message>
    <message>
        <source>Created %1 with the tree &quot;%2&quot;.</source>
        <translation>%1 mit dem Baum „%2“ angelegt.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Trennzeichen: %1</translation>
    </message>
    <message>
        <source>Encoding: %1%2</source>
        <translation>Kodierung: %1%2</translation>
    </message>
    <message>
        <source> (with byte order mark)</source>
        <translation> (mit Byte Order Mark)</translation>
    </message>
    <message>
        <source>Decimal separator: %1</source>
        <translation>Dezimaltrennzeichen: %1</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Kopfzeile: %1</translation>
    </message>
    <message>
        <source>Suggested mapping: user %1, time %2, event %3, value %4</source>
        <translation>Vorgeschlagene Zuordnung: Nutzer %1, Zeit %2, Ereignis %3, Wert %4</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Reading problem: %1</source>
        <translation>Leseproblem: %1</translation>
    </message>
    <message>
        <source>First %1 records:</source>
        <translation>Erste %1 Datensätze:</translation>
    </message>
    <message>
        <source>Show how a CSV file will be read: dialect, header, mapping, time format, first records.</source>
        <translation>Zeigen, wie eine CSV-Datei gelesen wird: Dialekt, Kopfzeile, Zuordnung, Zeitformat, erste Datensätze.</translation>
    </message>
    <message>
        <source>Records to show (default 10).</source>
        <translation>Anzahl der angezeigten Datensätze (Standard 10).</translation>
    </message>
    <message>
        <source>Print {delimiter, encoding, header, rows} as JSON.</source>
        <translation>{delimiter, encoding, header, rows} als JSON ausgeben.</translation>
    </message>
    <message>
        <source>expected one FILE.</source>
        <translation>Genau eine FILE erwartet.</translation>
    </message>
    <message>
        <source>--rows must be a number of records (0 or more).</source>
        <translation>--rows muss eine Anzahl von Datensätzen sein (0 oder mehr).</translation>
    </message>
    <message>
        <source>List the bundled North Star tree templates: key, name and description, one per line. Use a key with &apos;northstar new WORKSPACE --template KEY&apos;.</source>
        <translation>Die mitgelieferten Vorlagen für North-Star-Bäume auflisten: Schlüssel, Name und Beschreibung, eine pro Zeile. Einen Schlüssel verwenden Sie mit &apos;northstar new WORKSPACE --template KEY&apos;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>North Star Studio: build, test and track a North Star Metric tree.</source>
        <translation>North Star Studio: einen North-Star-Metric-Baum aufbauen, prüfen und verfolgen.</translation>
    </message>
    <message>
        <source>Open the window on the bundled demo workspace.</source>
        <translation>Das Fenster mit dem mitgelieferten Demo-Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Workspace to open in the window.</source>
        <translation>Arbeitsbereich, der im Fenster geöffnet wird.</translation>
    </message>
    <message>
        <source>Run &apos;northstar --help&apos; for usage.</source>
        <translation>Aufruf: siehe &apos;northstar --help&apos;.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;northstar COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Optionen eines Befehls: siehe &apos;northstar COMMAND --help&apos;.</translation>
    </message>
    <message>
        <source>northstar: unknown command &quot;%1&quot;.</source>
        <translation>northstar: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Run &apos;northstar --help&apos; for the list of commands.</source>
        <translation>Liste der Befehle: siehe &apos;northstar --help&apos;.</translation>
    </message>
    <message>
        <source>%1: %2 events, %3</source>
        <translation>%1: %2 Ereignisse, %3</translation>
    </message>
    <message>
        <source>northstar: cannot write the output (standard output): %1</source>
        <translation>northstar: die Ausgabe kann nicht geschrieben werden (Standardausgabe): %1</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; would overwrite the workspace it is made from; choose another file name.</source>
        <translation>Das Bild „%1“ würde den Arbeitsbereich überschreiben, aus dem es entsteht; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 was left half-written by an interrupted import or save; it was restored to how it was before it.</source>
        <translation>%1 war nach einem unterbrochenen Import oder Speichern nur halb geschrieben; die Datei wurde auf ihren Stand davor zurückgesetzt.</translation>
    </message>
    <message>
        <source>Export a tree as a JSON tree file, or import one</source>
        <translation>Einen Baum als JSON-Baumdatei exportieren oder eine importieren</translation>
    </message>
    <message>
        <source>Review a tree for a period: targets, why it moved, work verdicts</source>
        <translation>Einen Baum für einen Zeitraum prüfen: Ziele, warum er sich bewegt hat, Urteile über die Maßnahmen</translation>
    </message>
    <message>
        <source>Create a workspace file with one tree: a blank North Star, a template (see &apos;northstar templates&apos;) or the tree of a tree file (see &apos;northstar tree export&apos;). An existing file is never overwritten.</source>
        <translation>Eine Arbeitsbereichsdatei mit einem Baum anlegen: ein leerer North Star, eine Vorlage (siehe &apos;northstar templates&apos;) oder der Baum einer Baumdatei (siehe &apos;northstar tree export&apos;). Eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Start from the template KEY, or from the tree file FILE.json.</source>
        <translation>Mit der Vorlage KEY oder der Baumdatei FILE.json beginnen.</translation>
    </message>
    <message>
        <source>Review a tree for one period: are we winning, why did it move, and did our work move it.</source>
        <translation>Einen Baum für einen Zeitraum prüfen: Gewinnen wir, warum hat er sich bewegt, und hat unsere Arbeit ihn bewegt.</translation>
    </message>
    <message>
        <source>The tree to review (default: the first).</source>
        <translation>Der zu prüfende Baum (Standard: der erste).</translation>
    </message>
    <message>
        <source>Any date inside the period to review, YYYY-MM-DD (default: the latest complete period).</source>
        <translation>Ein beliebiges Datum im zu prüfenden Zeitraum, JJJJ-MM-TT (Standard: der letzte vollständige Zeitraum).</translation>
    </message>
    <message>
        <source>week or month (default: week).</source>
        <translation>week oder month (Standard: week).</translation>
    </message>
    <message>
        <source>--grain must be week or month, not &quot;%1&quot;.</source>
        <translation>--grain muss week oder month sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--period must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--period muss ein Datum in der Form JJJJ-MM-TT sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 has no tree to review.</source>
        <translation>%1 hat keinen Baum, der geprüft werden könnte.</translation>
    </message>
    <message>
        <source>Write one tree of a workspace as a tree file (JSON, see docs/tree-format.md): to standard output, or to FILE with --out. The same tree always gives the same file, so it diffs well in version control; &apos;northstar tree import&apos; reads it back.</source>
        <translation>Einen Baum eines Arbeitsbereichs als Baumdatei schreiben (JSON, siehe docs/tree-format.md): auf die Standardausgabe oder mit --out in FILE. Derselbe Baum ergibt immer dieselbe Datei, sodass sie sich in der Versionsverwaltung gut vergleichen lässt; &apos;northstar tree import&apos; liest sie wieder ein.</translation>
    </message>
    <message>
        <source>Write the tree file FILE instead of standard output.</source>
        <translation>Die Baumdatei FILE statt der Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>The tree file &quot;%1&quot; would overwrite the workspace it is made from; choose another file name.</source>
        <translation>Die Baumdatei „%1“ würde den Arbeitsbereich überschreiben, aus dem sie entsteht; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Trees as files (JSON, see docs/tree-format.md), to keep in version control or move between workspaces.
  export  Write one tree of a workspace as a tree file
  import  Add the tree of a tree file to a workspace, or replace a tree with it
Run &apos;northstar tree COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Bäume als Dateien (JSON, siehe docs/tree-format.md), für die Versionsverwaltung oder um sie zwischen Arbeitsbereichen zu bewegen.
  export  Einen Baum eines Arbeitsbereichs als Baumdatei schreiben
  import  Den Baum einer Baumdatei einem Arbeitsbereich hinzufügen oder einen Baum durch ihn ersetzen
Die Optionen eines Befehls zeigt &apos;northstar tree COMMAND --help&apos;.</translation>
    </message>
    <message>
        <source>export or import.</source>
        <translation>export oder import.</translation>
    </message>
    <message>
        <source>Missing the command: export or import.</source>
        <translation>Es fehlt der Befehl: export oder import.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use export or import.</source>
        <translation>Unbekannter Befehl „%1“: Verwenden Sie export oder import.</translation>
    </message>
    <message>
        <source>warning: the metric &quot;%1&quot; is already in %2 with another definition or computation; the tree uses that record, not the file&apos;s.</source>
        <translation>Warnung: Die Metrik „%1“ steht bereits mit einer anderen Definition oder Berechnung in %2; der Baum verwendet diesen Eintrag, nicht den der Datei.</translation>
    </message>
    <message>
        <source>In the workspace: %1</source>
        <translation>Im Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>In der Datei: %1</translation>
    </message>
    <message>
        <source>Add the tree of a tree file (see &apos;northstar tree export&apos;) to a workspace, or replace one of its trees with it. A metric whose name is in the workspace&apos;s catalog already uses that record; a warning says when its definition differs from the file&apos;s. A file that cannot be read leaves the workspace unchanged.</source>
        <translation>Den Baum einer Baumdatei (siehe &apos;northstar tree export&apos;) einem Arbeitsbereich hinzufügen oder einen seiner Bäume durch ihn ersetzen. Eine Metrik, deren Name schon im Katalog des Arbeitsbereichs steht, verwendet diesen Eintrag; eine Warnung sagt, wenn ihre Definition von der der Datei abweicht. Eine Datei, die nicht gelesen werden kann, lässt den Arbeitsbereich unverändert.</translation>
    </message>
    <message>
        <source>Replace the tree NAME, which keeps its name and place among the trees.</source>
        <translation>Den Baum NAME ersetzen; er behält seinen Namen und seinen Platz unter den Bäumen.</translation>
    </message>
    <message>
        <source>Call the imported tree NAME (default: the file&apos;s tree name).</source>
        <translation>Den importierten Baum NAME nennen (Standard: der Baumname der Datei).</translation>
    </message>
    <message>
        <source>The tree file to import (*.json).</source>
        <translation>Die zu importierende Baumdatei (*.json).</translation>
    </message>
    <message>
        <source>Missing the WORKSPACE file and the tree FILE.json to import.</source>
        <translation>Es fehlen die WORKSPACE-Datei und die zu importierende Baumdatei FILE.json.</translation>
    </message>
    <message>
        <source>Missing the tree FILE.json to import.</source>
        <translation>Es fehlt die zu importierende Baumdatei FILE.json.</translation>
    </message>
    <message>
        <source>The --name of a tree cannot be empty.</source>
        <translation>Der --name eines Baums darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 already has a tree &quot;%2&quot;; it was left unchanged. Replace that tree with --replace &quot;%2&quot;, or name the imported one with --name.</source>
        <translation>%1 hat bereits einen Baum „%2“; er blieb unverändert. Ersetzen Sie diesen Baum mit --replace „%2“ oder benennen Sie den importierten mit --name.</translation>
    </message>
    <message>
        <source>%1 nodes, %2 metrics of which %3 were in the catalog already</source>
        <translation>%1 Knoten, %2 Metriken, davon %3 schon im Katalog</translation>
    </message>
    <message>
        <source>Replaced the tree &quot;%1&quot; of %2 with the tree of %3 (%4).</source>
        <translation>Der Baum „%1“ von %2 wurde durch den Baum aus %3 ersetzt (%4).</translation>
    </message>
    <message>
        <source>Added the tree &quot;%1&quot; of %3 to %2 (%4).</source>
        <translation>Der Baum „%1“ aus %3 wurde %2 hinzugefügt (%4).</translation>
    </message>
    <message>
        <source>Print the review as one JSON object (its keys: docs/review.md).</source>
        <translation>Die Prüfung als ein JSON-Objekt ausgeben (die Schlüssel: docs/review.md).</translation>
    </message>
    <message>
        <source>Write the review as a PDF, HTML or Markdown report</source>
        <translation>Die Prüfung als PDF-, HTML- oder Markdown-Bericht schreiben</translation>
    </message>
    <message>
        <source>Write the review of a tree for one period as a report: a PDF to print, one HTML file for an email, or Markdown for a chat or wiki, chosen by the --out file&apos;s suffix.</source>
        <translation>Die Prüfung eines Baums für einen Zeitraum als Bericht schreiben: ein PDF zum Drucken, eine HTML-Datei für eine E-Mail oder Markdown für einen Chat oder ein Wiki, gewählt nach der Endung der --out-Datei.</translation>
    </message>
    <message>
        <source>a4 or letter (default: the paper of your locale&apos;s country).</source>
        <translation>a4 oder letter (Standard: das Papier des Landes Ihres Gebietsschemas).</translation>
    </message>
    <message>
        <source>The report to write: FILE.pdf, FILE.html or FILE.md.</source>
        <translation>Der zu schreibende Bericht: FILE.pdf, FILE.html oder FILE.md.</translation>
    </message>
    <message>
        <source>Missing --out FILE: the report to write (.pdf, .html or .md).</source>
        <translation>--out FILE fehlt: der zu schreibende Bericht (.pdf, .html oder .md).</translation>
    </message>
    <message>
        <source>Cannot write a report to &quot;%1&quot;: the file name must end in .pdf, .html or .md.</source>
        <translation>Kann keinen Bericht nach „%1“ schreiben: Der Dateiname muss auf .pdf, .html oder .md enden.</translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; would overwrite the workspace it is made from; choose another file name.</source>
        <translation>Der Bericht „%1“ würde den Arbeitsbereich überschreiben, aus dem er entsteht; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>--page-size muss a4 oder letter sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH must be a number of seconds since 1970, not &quot;%1&quot;.</source>
        <translation>SOURCE_DATE_EPOCH muss eine Anzahl Sekunden seit 1970 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Wrote the review of &quot;%1&quot; to %2.</source>
        <translation>Die Prüfung von „%1“ wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>List a tree&apos;s saved versions, or save the tree as one</source>
        <translation>Die gespeicherten Versionen eines Baums auflisten oder den Baum als Version speichern</translation>
    </message>
    <message>
        <source>Print the changes between two versions of a tree</source>
        <translation>Die Änderungen zwischen zwei Versionen eines Baums ausgeben</translation>
    </message>
    <message>
        <source>The tree &quot;%1&quot; has no version &quot;%2&quot;; it has no saved versions yet (save one with &apos;northstar versions --save NAME&apos;).</source>
        <translation>Der Baum „%1“ hat keine Version „%2“; er hat noch keine gespeicherten Versionen (speichern Sie eine mit &apos;northstar versions --save NAME&apos;).</translation>
    </message>
    <message>
        <source>The tree &quot;%1&quot; has no version &quot;%2&quot;. Versions: %3.</source>
        <translation>Der Baum „%1“ hat keine Version „%2“. Versionen: %3.</translation>
    </message>
    <message>
        <source>Print the changes from version A of a tree to version B, one per line: items added, removed, renamed, moved, re-weighted, and changed kinds, dimensions, work status, ship dates and targets. &apos;now&apos; is the tree as it is. Prints nothing when nothing changed.</source>
        <translation>Die Änderungen von Version A eines Baums zu Version B ausgeben, eine pro Zeile: hinzugefügte, entfernte, umbenannte, verschobene und neu gewichtete Elemente sowie geänderte Arten, Dimensionen, Maßnahmenstatus, Starttermine und Ziele. &apos;now&apos; ist der Baum, wie er jetzt ist. Gibt nichts aus, wenn sich nichts geändert hat.</translation>
    </message>
    <message>
        <source>The tree NAME (default: the first tree).</source>
        <translation>Der Baum NAME (Standard: der erste Baum).</translation>
    </message>
    <message>
        <source>The version to compare from, or now.</source>
        <translation>Die Version, von der aus verglichen wird, oder now.</translation>
    </message>
    <message>
        <source>The version to compare to, or now.</source>
        <translation>Die Version, mit der verglichen wird, oder now.</translation>
    </message>
    <message>
        <source>Give the WORKSPACE file and the two versions A and B to compare (now is the tree as it is).</source>
        <translation>Geben Sie die Datei WORKSPACE und die beiden zu vergleichenden Versionen A und B an (now ist der Baum, wie er jetzt ist).</translation>
    </message>
    <message>
        <source>%1 has no tree.</source>
        <translation>%1 hat keinen Baum.</translation>
    </message>
    <message>
        <source>Export the tree&apos;s saved version NAME (see &apos;northstar versions&apos;).</source>
        <translation>Die gespeicherte Version NAME des Baums exportieren (siehe &apos;northstar versions&apos;).</translation>
    </message>
    <message>
        <source>Exported the version &quot;%1&quot; of the tree &quot;%2&quot; to %3.</source>
        <translation>Die Version „%1“ des Baums „%2“ wurde nach %3 exportiert.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source>The tree &quot;%1&quot; has no saved versions yet; save one with --save NAME.</source>
        <translation>Der Baum „%1“ hat noch keine gespeicherten Versionen; speichern Sie eine mit --save NAME.</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>List the saved versions of a tree (name, when it was saved, how many items it holds), or save the tree as it is now as a version with --save. &apos;northstar diff&apos; compares versions, &apos;northstar export --version&apos; exports one.</source>
        <translation>Die gespeicherten Versionen eines Baums auflisten (Name, wann sie gespeichert wurde, wie viele Elemente sie enthält) oder den Baum, wie er jetzt ist, mit --save als Version speichern. &apos;northstar diff&apos; vergleicht Versionen, &apos;northstar export --version&apos; exportiert eine.</translation>
    </message>
    <message>
        <source>Save the tree as the version NAME.</source>
        <translation>Den Baum als Version NAME speichern.</translation>
    </message>
    <message>
        <source>%1 was left unchanged.</source>
        <translation>%1 blieb unverändert.</translation>
    </message>
    <message>
        <source>Saved the tree &quot;%1&quot; as the version &quot;%2&quot; (%3).</source>
        <translation>Der Baum „%1“ wurde als Version „%2“ gespeichert (%3).</translation>
    </message>
    <message>
        <source>Write a workshop&apos;s minutes as a PDF or Markdown</source>
        <translation>Das Protokoll eines Workshops als PDF oder Markdown schreiben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (tree &quot;%2&quot;)</source>
        <translation>„%1“ (Baum „%2“)</translation>
    </message>
    <message>
        <source>Minutes are the record of a workshop: start one on the tree in the window first.</source>
        <translation>Ein Protokoll hält einen Workshop fest: Starten Sie zuerst im Fenster einen Workshop auf dem Baum.</translation>
    </message>
    <message>
        <source>The tree &quot;%1&quot; has no workshops. %2</source>
        <translation>Der Baum „%1“ hat keine Workshops. %2</translation>
    </message>
    <message>
        <source>The tree &quot;%1&quot; has no workshops. Workshops: %2.</source>
        <translation>Der Baum „%1“ hat keine Workshops. Workshops: %2.</translation>
    </message>
    <message>
        <source>The tree &quot;%1&quot; has no workshop &quot;%2&quot;. Workshops: %3.</source>
        <translation>Der Baum „%1“ hat keinen Workshop „%2“. Workshops: %3.</translation>
    </message>
    <message>
        <source>%1 has no workshops yet. %2</source>
        <translation>%1 hat noch keine Workshops. %2</translation>
    </message>
    <message>
        <source>%1 has no workshop &quot;%2&quot;. Workshops: %3.</source>
        <translation>%1 hat keinen Workshop „%2“. Workshops: %3.</translation>
    </message>
    <message>
        <source>Write the minutes of a workshop: the agenda as it ran (planned and actual times), each step&apos;s decisions, the candidates with their checklist answers and votes, the chosen North Star, the tree, the votes on inputs and work, and the parking lot. A PDF to send round or Markdown for a wiki, chosen by the --out file&apos;s suffix.</source>
        <translation>Das Protokoll eines Workshops schreiben: die Agenda, wie sie ablief (geplante und tatsächliche Zeiten), die Entscheidungen jedes Schritts, die Kandidaten mit ihren Checklisten-Antworten und Stimmen, den gewählten North Star, den Baum, die Stimmen zu Inputs und Maßnahmen sowie den Themenspeicher. Ein PDF zum Verschicken oder Markdown für ein Wiki, je nach Endung der --out-Datei.</translation>
    </message>
    <message>
        <source>The tree NAME (default: the first tree with a workshop).</source>
        <translation>Der Baum NAME (Standard: der erste Baum mit einem Workshop).</translation>
    </message>
    <message>
        <source>The workshop NAME (default: the tree&apos;s latest workshop).</source>
        <translation>Der Workshop NAME (Standard: der neueste Workshop des Baums).</translation>
    </message>
    <message>
        <source>The minutes to write: FILE.pdf or FILE.md.</source>
        <translation>Das zu schreibende Protokoll: FILE.pdf oder FILE.md.</translation>
    </message>
    <message>
        <source>Missing --out FILE: the minutes to write (.pdf or .md).</source>
        <translation>--out FILE fehlt: das zu schreibende Protokoll (.pdf oder .md).</translation>
    </message>
    <message>
        <source>Cannot write minutes to &quot;%1&quot;: the file name must end in .pdf or .md.</source>
        <translation>Kann kein Protokoll nach „%1“ schreiben: Der Dateiname muss auf .pdf oder .md enden.</translation>
    </message>
    <message>
        <source>The minutes &quot;%1&quot; would overwrite the workspace they are made from; choose another file name.</source>
        <translation>Das Protokoll „%1“ würde den Arbeitsbereich überschreiben, aus dem es entsteht; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Wrote the minutes of &quot;%1&quot; (tree &quot;%2&quot;) to %3.</source>
        <translation>Das Protokoll von „%1“ (Baum „%2“) wurde nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Print the SQL that builds the daily rollup in your warehouse</source>
        <translation>Das SQL ausgeben, das im Data Warehouse das Tagesaggregat erstellt</translation>
    </message>
    <message>
        <source>Pull the daily rollup from PostgreSQL or ClickHouse into a workspace</source>
        <translation>Das Tagesaggregat aus PostgreSQL oder ClickHouse in einen Arbeitsbereich abrufen</translation>
    </message>
    <message>
        <source>Imported %1 rollup rows (%2 events) from %3 into %4 (source &quot;%5&quot;).</source>
        <translation>%1 Zeilen des Tagesaggregats (%2 Ereignisse) aus %3 in %4 importiert (Quelle „%5“).</translation>
    </message>
    <message>
        <source>Dates: %1 to %2 (local dates in %3).</source>
        <translation>Datumsbereich: %1 bis %2 (lokales Datum in %3).</translation>
    </message>
    <message>
        <source>The workspace&apos;s reporting timezone is now %1, the rollup&apos;s.</source>
        <translation>Die Berichtszeitzone des Arbeitsbereichs ist jetzt %1, die des Tagesaggregats.</translation>
    </message>
    <message>
        <source>Read as: delimiter &apos;%1&apos;, encoding %2, a daily rollup.</source>
        <translation>Gelesen als: Trennzeichen &apos;%1&apos;, Kodierung %2, ein Tagesaggregat.</translation>
    </message>
    <message>
        <source>Source the rows belong to (default: events, or warehouse with --rollup).</source>
        <translation>Quelle, zu der die Zeilen gehören (Standard: events, mit --rollup warehouse).</translation>
    </message>
    <message>
        <source>FILE is a daily rollup (user_id, date, event, events, value_sum and attributes; docs/warehouse.md); needs --timezone.</source>
        <translation>FILE ist ein Tagesaggregat (user_id, date, event, events, value_sum und Attribute; docs/warehouse.md); erfordert --timezone.</translation>
    </message>
    <message>
        <source>With --rollup: the event count column (default: events).</source>
        <translation>Mit --rollup: die Spalte mit der Anzahl der Ereignisse (Standard: events).</translation>
    </message>
    <message>
        <source>IANA timezone of timestamps without an offset (default: the workspace&apos;s); with --rollup, the zone its dates were made in.</source>
        <translation>IANA-Zeitzone für Zeitstempel ohne Versatz (Standard: die des Arbeitsbereichs); mit --rollup die Zeitzone, in der die Datumsangaben gebildet wurden.</translation>
    </message>
    <message>
        <source>--rollup needs --timezone TZ: the zone the rollup&apos;s dates were made in.</source>
        <translation>--rollup erfordert --timezone TZ: die Zeitzone, in der die Datumsangaben des Tagesaggregats gebildet wurden.</translation>
    </message>
    <message>
        <source>--event-name and --time-format are for raw events, not for a --rollup.</source>
        <translation>--event-name und --time-format gelten für Rohereignisse, nicht für ein --rollup.</translation>
    </message>
    <message>
        <source>--count is for a --rollup.</source>
        <translation>--count gilt nur für ein --rollup.</translation>
    </message>
    <message>
        <source>%1: daily rollup of %2 events, %3</source>
        <translation>%1: Tagesaggregat mit %2 Ereignissen, %3</translation>
    </message>
    <message>
        <source>Pull the daily rollup straight from PostgreSQL or ClickHouse into a workspace: the query of &apos;northstar warehouse-sql&apos; runs on the server and its rows are imported as a rollup. Again later, &apos;northstar pull WORKSPACE&apos; continues from the last date pulled.</source>
        <translation>Das Tagesaggregat direkt aus PostgreSQL oder ClickHouse in einen Arbeitsbereich abrufen: Die Abfrage von &apos;northstar warehouse-sql&apos; läuft auf dem Server, und ihre Zeilen werden als Tagesaggregat importiert. Bei späteren Aufrufen setzt &apos;northstar pull WORKSPACE&apos; beim zuletzt abgerufenen Datum fort.</translation>
    </message>
    <message>
        <source>The workspace file (created when missing).</source>
        <translation>Die Arbeitsbereichsdatei (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>A PostgreSQL URL: postgresql://user@host:5432/db.</source>
        <translation>Eine PostgreSQL-URL: postgresql://user@host:5432/db.</translation>
    </message>
    <message>
        <source>A ClickHouse HTTP URL: http://host:8123/?database=db.</source>
        <translation>Eine ClickHouse-HTTP-URL: http://host:8123/?database=db.</translation>
    </message>
    <message>
        <source>The raw events table, with its schema: analytics.events.</source>
        <translation>Die Tabelle der Rohereignisse, mit ihrem Schema: analytics.events.</translation>
    </message>
    <message>
        <source>The user id column.</source>
        <translation>Die Spalte mit der Nutzer-ID.</translation>
    </message>
    <message>
        <source>The event time column.</source>
        <translation>Die Spalte mit der Ereigniszeit.</translation>
    </message>
    <message>
        <source>The event name column.</source>
        <translation>Die Spalte mit dem Ereignisnamen.</translation>
    </message>
    <message>
        <source>The value column summed into value_sum.</source>
        <translation>Die Wertspalte, die zu value_sum summiert wird.</translation>
    </message>
    <message>
        <source>A user attribute column (repeatable).</source>
        <translation>Eine Spalte mit einem Nutzerattribut (wiederholbar).</translation>
    </message>
    <message>
        <source>The reporting timezone, an IANA id.</source>
        <translation>Die Berichtszeitzone, eine IANA-ID.</translation>
    </message>
    <message>
        <source>Only local dates from DATE on (default: the last date pulled).</source>
        <translation>Nur lokale Datumsangaben ab DATE (Standard: das zuletzt abgerufene Datum).</translation>
    </message>
    <message>
        <source>The source the rows belong to (default: warehouse).</source>
        <translation>Die Quelle, zu der die Zeilen gehören (Standard: warehouse).</translation>
    </message>
    <message>
        <source>Print the query the pull would run, and stop.</source>
        <translation>Nur die Abfrage ausgeben, die der Abruf ausführen würde, ohne sie auszuführen.</translation>
    </message>
    <message>
        <source>expected WORKSPACE.</source>
        <translation>WORKSPACE erwartet.</translation>
    </message>
    <message>
        <source>give --postgres or --clickhouse, not both.</source>
        <translation>geben Sie --postgres oder --clickhouse an, nicht beides.</translation>
    </message>
    <message>
        <source>give the server with --postgres URL or --clickhouse URL (the source &quot;%1&quot; was never pulled into %2).</source>
        <translation>geben Sie den Server mit --postgres URL oder --clickhouse URL an (die Quelle „%1“ wurde noch nie in %2 abgerufen).</translation>
    </message>
    <message>
        <source>missing %1.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>Password for %1 at %2 (Enter for none): </source>
        <translation>Passwort für %1 auf %2 (Enter für keines): </translation>
    </message>
    <message>
        <source>%1 sent the same rows as the last pull: the workspace is unchanged.</source>
        <translation>%1 hat dieselben Zeilen geliefert wie beim letzten Abruf: Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Pulled %1 rollup rows (%2 events) from %3 into %4 (source &quot;%5&quot;) in %6 s.</source>
        <translation>%1 Zeilen des Tagesaggregats (%2 Ereignisse) in %6 s aus %3 in %4 abgerufen (Quelle „%5“).</translation>
    </message>
    <message>
        <source>Dates: %1 to %2 (local dates in %3). Replaced earlier rows: %4. Users: %5.</source>
        <translation>Datumsbereich: %1 bis %2 (lokales Datum in %3). Ersetzte frühere Zeilen: %4. Nutzer: %5.</translation>
    </message>
    <message>
        <source>Print the SQL that builds the daily rollup (one row per user, local date and event) from a raw events table in your warehouse. Run it there, write its result as CSV and import that with &apos;northstar import --rollup&apos;. docs/warehouse.md says how, per engine.</source>
        <translation>Das SQL ausgeben, das im Data Warehouse aus einer Tabelle mit Rohereignissen das Tagesaggregat erstellt (eine Zeile pro Nutzer, lokalem Datum und Ereignis). Führen Sie es dort aus, schreiben Sie das Ergebnis als CSV und importieren Sie diese mit &apos;northstar import --rollup&apos;. docs/warehouse.md beschreibt das Vorgehen je Engine.</translation>
    </message>
    <message>
        <source>The warehouse: %1.</source>
        <translation>Das Data Warehouse: %1.</translation>
    </message>
    <message>
        <source>The raw events table, with its schema or dataset: analytics.events.</source>
        <translation>Die Tabelle der Rohereignisse, mit ihrem Schema oder Dataset: analytics.events.</translation>
    </message>
    <message>
        <source>The event time column: a timestamp with time zone, or one without that holds UTC.</source>
        <translation>Die Spalte mit der Ereigniszeit: ein Zeitstempel mit Zeitzone oder einer ohne, der UTC enthält.</translation>
    </message>
    <message>
        <source>The value column summed into value_sum (default: none, value_sum is 0).</source>
        <translation>Die Wertspalte, die zu value_sum summiert wird (Standard: keine, value_sum ist 0).</translation>
    </message>
    <message>
        <source>A user attribute column (repeat for more): each user&apos;s value at their latest event that has one.</source>
        <translation>Eine Spalte mit einem Nutzerattribut (für weitere wiederholen): je Nutzer der Wert beim letzten Ereignis, das einen hat.</translation>
    </message>
    <message>
        <source>The reporting timezone of the local dates, an IANA id: Europe/Berlin.</source>
        <translation>Die Berichtszeitzone der lokalen Datumsangaben, eine IANA-ID: Europe/Berlin.</translation>
    </message>
    <message>
        <source>Only the local dates from DATE (YYYY-MM-DD) on, for incremental runs.</source>
        <translation>Nur die lokalen Datumsangaben ab DATE (YYYY-MM-DD), für inkrementelle Läufe.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: every input is a flag.</source>
        <translation>Unerwartetes Argument „%1“: Jede Eingabe wird als Option angegeben.</translation>
    </message>
    <message>
        <source>Missing --engine NAME (%1).</source>
        <translation>Es fehlt --engine NAME (%1).</translation>
    </message>
    <message>
        <source>Missing --table TABLE: the raw events table.</source>
        <translation>Es fehlt --table TABLE: die Tabelle der Rohereignisse.</translation>
    </message>
    <message>
        <source>Missing --user COLUMN: the user id column.</source>
        <translation>Es fehlt --user COLUMN: die Spalte mit der Nutzer-ID.</translation>
    </message>
    <message>
        <source>Missing --time COLUMN: the event time column.</source>
        <translation>Es fehlt --time COLUMN: die Spalte mit der Ereigniszeit.</translation>
    </message>
    <message>
        <source>Missing --event COLUMN: the event name column.</source>
        <translation>Es fehlt --event COLUMN: die Spalte mit dem Ereignisnamen.</translation>
    </message>
    <message>
        <source>Missing --timezone TZ: the reporting timezone, e.g. UTC or Europe/Berlin.</source>
        <translation>Es fehlt --timezone TZ: die Berichtszeitzone, z. B. UTC oder Europe/Berlin.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 ist mehrfach angegeben.</translation>
    </message>
</context>
<context>
    <name>NorthStar::CompareDialog</name>
    <message>
        <source>Now (the tree as it is)</source>
        <translation>Jetzt (der Baum, wie er ist)</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>The changes read from the first to the second; the canvas shows the second with the changes marked.</source>
        <translation>Die Änderungen führen vom ersten zum zweiten Stand; die Arbeitsfläche zeigt den zweiten mit markierten Änderungen.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>Choose two different states: a version and Now, or two versions.</source>
        <translation>Wählen Sie zwei verschiedene Stände: eine Version und „Jetzt“ oder zwei Versionen.</translation>
    </message>
</context>
<context>
    <name>NorthStar::ComputationEditor</name>
    <message>
        <source>Breadth: active users</source>
        <translation>Breite: aktive Nutzer</translation>
    </message>
    <message>
        <source>Depth: events per active user</source>
        <translation>Tiefe: Ereignisse je aktivem Nutzer</translation>
    </message>
    <message>
        <source>Depth (value): value per active user</source>
        <translation>Tiefe (Wert): Wert je aktivem Nutzer</translation>
    </message>
    <message>
        <source>Frequency: active days per user</source>
        <translation>Häufigkeit: aktive Tage je Nutzer</translation>
    </message>
    <message>
        <source>Stickiness: users active exactly k days</source>
        <translation>Stickiness: Nutzer, die an genau k Tagen aktiv sind</translation>
    </message>
    <message>
        <source>Stickiness: users active at least k days</source>
        <translation>Stickiness: Nutzer, die an mindestens k Tagen aktiv sind</translation>
    </message>
    <message>
        <source>Threshold: users with at least n events</source>
        <translation>Schwelle: Nutzer mit mindestens n Ereignissen</translation>
    </message>
    <message>
        <source>Activation: new users acting within W days</source>
        <translation>Aktivierung: neue Nutzer, die innerhalb von W Tagen handeln</translation>
    </message>
    <message>
        <source>Time to value: median days to the core action</source>
        <translation>Time to Value: Median der Tage bis zur Kernaktion</translation>
    </message>
    <message>
        <source>Lifecycle: new, returning, resurrecting, dormant</source>
        <translation>Lebenszyklus: neu, wiederkehrend, reaktiviert, ruhend</translation>
    </message>
    <message>
        <source>Formula over other metrics</source>
        <translation>Formel über andere Metriken</translation>
    </message>
    <message>
        <source>Core &amp;action:</source>
        <translation>&amp;Kernaktion:</translation>
    </message>
    <message>
        <source>F&amp;ormula:</source>
        <translation>&amp;Formel:</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Nicht berechnet</translation>
    </message>
    <message>
        <source>The core action: the event names of the imported data that count. None ticked: every event.</source>
        <translation>Die Kernaktion: die Ereignisnamen der importierten Daten, die zählen. Keiner angehakt: jedes Ereignis.</translation>
    </message>
    <message>
        <source>e.g. &quot;Weekly bookers&quot; / Visitors</source>
        <translation>z. B. &quot;Weekly bookers&quot; / Visitors</translation>
    </message>
    <message>
        <source>Everybody (or e.g. country = DE)</source>
        <translation>Alle (oder z. B. country = DE)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>Latest:</source>
        <translation>Zuletzt:</translation>
    </message>
    <message>
        <source>&amp;Window (days):</source>
        <translation>Zeitfens&amp;ter (Tage):</translation>
    </message>
    <message>
        <source>At least &amp;n events:</source>
        <translation>M&amp;indestens n Ereignisse:</translation>
    </message>
    <message>
        <source>Active &amp;days (k):</source>
        <translation>Aktive &amp;Tage (k):</translation>
    </message>
    <message>
        <source>%1 (not in the data)</source>
        <translation>%1 (nicht in den Daten)</translation>
    </message>
    <message>
        <source>Import usage data to choose among its event names.</source>
        <translation>Importieren Sie Nutzungsdaten, um aus deren Ereignisnamen zu wählen.</translation>
    </message>
    <message>
        <source>None ticked: every event counts.</source>
        <translation>Keiner angehakt: Jedes Ereignis zählt.</translation>
    </message>
    <message>
        <source>Write a formula over other metrics, e.g. &quot;Weekly bookers&quot; / Visitors.</source>
        <translation>Schreiben Sie eine Formel über andere Metriken, z. B. &quot;Weekly bookers&quot; / Visitors.</translation>
    </message>
    <message>
        <source>No metric is called &quot;%1&quot;: use the exact name of a catalog metric (names with spaces in double quotes).</source>
        <translation>Keine Metrik heißt „%1“: Verwenden Sie den genauen Namen einer Katalogmetrik (Namen mit Leerzeichen in doppelten Anführungszeichen).</translation>
    </message>
    <message>
        <source>A formula cannot use its own metric (&quot;%1&quot;).</source>
        <translation>Eine Formel kann ihre eigene Metrik nicht verwenden („%1“).</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
</context>
<context>
    <name>NorthStar::DemoEvents</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the disk is full or the file too large</source>
        <translation>der Datenträger ist voll oder die Datei zu groß</translation>
    </message>
</context>
<context>
    <name>NorthStar::DemoWorkspace</name>
    <message>
        <source>The demo tree is missing from this build.</source>
        <translation>Der Demo-Baum fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>Für die Demo kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo workspace to %1.</source>
        <translation>Der Demo-Arbeitsbereich kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write the demo workspace to %1: %2.</source>
        <translation>Der Demo-Arbeitsbereich kann nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source> (before update)</source>
        <translation> (vor dem Update)</translation>
    </message>
    <message>
        <source> (before update %1)</source>
        <translation> (vor dem Update %1)</translation>
    </message>
    <message>
        <source>Cannot make room for the new demo: %1 cannot be renamed.</source>
        <translation>Für die neue Demo ist kein Platz: %1 kann nicht umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>NorthStar::DiffMarks</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
</context>
<context>
    <name>NorthStar::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>NorthStar::DocumentController</name>
    <message>
        <source>The workspace has no file yet.</source>
        <translation>Der Arbeitsbereich hat noch keine Datei.</translation>
    </message>
</context>
<context>
    <name>NorthStar::Edge</name>
    <message>
        <source>low confidence</source>
        <translation>niedrige Zuversicht</translation>
    </message>
</context>
<context>
    <name>NorthStar::Edit</name>
    <message>
        <source>New work item</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>New input</source>
        <translation>Neuer Input</translation>
    </message>
    <message>
        <source>North Star Metric</source>
        <translation>North Star Metric</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Input hinzufügen</translation>
    </message>
    <message>
        <source>Add work item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add sub-input</source>
        <translation>Unter-Input hinzufügen</translation>
    </message>
    <message>
        <source>Add North Star</source>
        <translation>North Star hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete node</source>
        <translation>Knoten löschen</translation>
    </message>
    <message>
        <source>Delete nodes</source>
        <translation>Knoten löschen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Verbindung lösen</translation>
    </message>
    <message>
        <source>Move node</source>
        <translation>Knoten verschieben</translation>
    </message>
    <message>
        <source>Move nodes</source>
        <translation>Knoten verschieben</translation>
    </message>
    <message>
        <source>Automatic layout</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation>Metrik bearbeiten</translation>
    </message>
    <message>
        <source>Edit node</source>
        <translation>Knoten bearbeiten</translation>
    </message>
    <message>
        <source>Edit work item</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Edit tree</source>
        <translation>Baum bearbeiten</translation>
    </message>
    <message>
        <source>Change setting</source>
        <translation>Einstellung ändern</translation>
    </message>
    <message>
        <source>Set guardrail</source>
        <translation>Leitplanken-Metrik festlegen</translation>
    </message>
    <message>
        <source>Add tree</source>
        <translation>Baum hinzufügen</translation>
    </message>
    <message>
        <source>Delete tree</source>
        <translation>Baum löschen</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Kandidaten hinzufügen</translation>
    </message>
    <message>
        <source>Answer checklist</source>
        <translation>Checkliste beantworten</translation>
    </message>
    <message>
        <source>Edit candidate notes</source>
        <translation>Notizen zum Kandidaten bearbeiten</translation>
    </message>
    <message>
        <source>Choose North Star</source>
        <translation>North Star wählen</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Kandidaten entfernen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation>Anmerkung hinzufügen</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message>
        <source>Edit review note</source>
        <translation>Notiz zur Prüfung bearbeiten</translation>
    </message>
    <message>
        <source>A version needs a name.</source>
        <translation>Eine Version braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no such tree.</source>
        <translation>Diesen Baum gibt es nicht.</translation>
    </message>
    <message>
        <source>The tree &quot;%1&quot; has a version &quot;%2&quot; already; choose another name.</source>
        <translation>Der Baum „%1“ hat bereits eine Version „%2“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>There is no such version.</source>
        <translation>Diese Version gibt es nicht.</translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation>Version umbenennen</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <source>The version &quot;%1&quot; belongs to no tree.</source>
        <translation>Die Version „%1“ gehört zu keinem Baum.</translation>
    </message>
    <message>
        <source>Restore version &quot;%1&quot;</source>
        <translation>Version „%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; is still running on &quot;%2&quot;; finish it first.</source>
        <translation>Der Workshop „%1“ läuft noch auf „%2“; beenden Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>A workshop needs at least one step on its agenda.</source>
        <translation>Ein Workshop braucht mindestens einen Schritt auf seiner Agenda.</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <source>Start workshop</source>
        <translation>Workshop starten</translation>
    </message>
    <message>
        <source>Edit agenda</source>
        <translation>Agenda bearbeiten</translation>
    </message>
    <message>
        <source>Go to &quot;%1&quot;</source>
        <translation>Zu „%1“ gehen</translation>
    </message>
    <message>
        <source>Finish workshop</source>
        <translation>Workshop beenden</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Workshop löschen</translation>
    </message>
    <message>
        <source>Edit decisions</source>
        <translation>Entscheidungen bearbeiten</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>Park idea</source>
        <translation>Idee parken</translation>
    </message>
    <message>
        <source>Dismiss idea</source>
        <translation>Idee verwerfen</translation>
    </message>
    <message>
        <source>Edit idea</source>
        <translation>Idee bearbeiten</translation>
    </message>
    <message>
        <source>Delete idea</source>
        <translation>Idee löschen</translation>
    </message>
    <message>
        <source>Place idea on the tree</source>
        <translation>Idee in den Baum setzen</translation>
    </message>
</context>
<context>
    <name>NorthStar::Fragment</name>
    <message>
        <source>the id of a metric in $.metrics</source>
        <translation>die ID einer Metrik in $.metrics</translation>
    </message>
    <message>
        <source>the id of a node in $.nodes</source>
        <translation>die ID eines Knotens in $.nodes</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an id no other metric of the file has</source>
        <translation>eine ID, die keine andere Metrik der Datei hat</translation>
    </message>
    <message>
        <source>{&quot;atMost&quot;: a number} or {&quot;atLeast&quot;: a number}</source>
        <translation>{&quot;atMost&quot;: eine Zahl} oder {&quot;atLeast&quot;: eine Zahl}</translation>
    </message>
    <message>
        <source>&quot;input&quot; or &quot;work&quot; (a tree has one North Star)</source>
        <translation>&quot;input&quot; oder &quot;work&quot; (ein Baum hat einen North Star)</translation>
    </message>
    <message>
        <source>&quot;+10%&quot; or &quot;+0.05&quot;</source>
        <translation>&quot;+10%&quot; oder &quot;+0.05&quot;</translation>
    </message>
    <message>
        <source>[x, y], two numbers</source>
        <translation>[x, y], zwei Zahlen</translation>
    </message>
    <message>
        <source>an id no other node of the file has</source>
        <translation>eine ID, die kein anderer Knoten der Datei hat</translation>
    </message>
    <message>
        <source>an input or work item (the North Star drives no other node)</source>
        <translation>ein Input oder eine Maßnahme (der North Star treibt keinen anderen Knoten)</translation>
    </message>
    <message>
        <source>the North Star or an input (work items drive no other node)</source>
        <translation>der North Star oder ein Input (Maßnahmen treiben keinen anderen Knoten)</translation>
    </message>
    <message>
        <source>a node the child does not already drive (no loops)</source>
        <translation>ein Knoten, den das Kind nicht schon treibt (keine Kreise)</translation>
    </message>
    <message>
        <source>an array of at most %1 answers</source>
        <translation>ein Array mit höchstens %1 Antworten</translation>
    </message>
    <message>
        <source>one of &quot;yes&quot;, &quot;no&quot;, &quot;unsure&quot;, &quot;&quot;</source>
        <translation>eines von &quot;yes&quot;, &quot;no&quot;, &quot;unsure&quot;, &quot;&quot;</translation>
    </message>
    <message>
        <source>a period that has no note yet for this metric and grain</source>
        <translation>ein Zeitraum, der für diese Metrik und Granularität noch keine Notiz hat</translation>
    </message>
    <message>
        <source>&quot;northstar-fragment&quot; (a North Star Studio tree file)</source>
        <translation>&quot;northstar-fragment&quot; (eine Baumdatei von North Star Studio)</translation>
    </message>
    <message>
        <source>a format version (a whole number from 1)</source>
        <translation>eine Formatversion (eine ganze Zahl ab 1)</translation>
    </message>
    <message>
        <source>$.version: this file has format version %1 and comes from a newer version of North Star Studio; this one reads versions up to %2.</source>
        <translation>$.version: Diese Datei hat die Formatversion %1 und stammt aus einer neueren Version von North Star Studio; diese liest Versionen bis %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1: erwartet %2, gefunden %3</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a name (a string that is not empty)</source>
        <translation>ein Name (eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an id (a whole number from 1)</source>
        <translation>eine ID (eine ganze Zahl ab 1)</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>an instant like &quot;2026-12-03T09:30:00.000Z&quot;</source>
        <translation>einen Zeitpunkt wie „2026-12-03T09:30:00.000Z“</translation>
    </message>
    <message>
        <source>the id of a node in $.nodes or of a candidate&apos;s metric in $.metrics</source>
        <translation>die ID eines Knotens in $.nodes oder der Metrik eines Kandidaten in $.metrics</translation>
    </message>
    <message>
        <source>a whole number of dots from 0</source>
        <translation>eine ganze Zahl von Punkten ab 0</translation>
    </message>
</context>
<context>
    <name>NorthStar::GraphvizLayout</name>
    <message>
        <source>Cannot lay out node %1: its size %2 x %3 is not a positive size.</source>
        <translation>Knoten %1 kann nicht angeordnet werden: Seine Größe %2 x %3 ist nicht positiv.</translation>
    </message>
    <message>
        <source>Cannot lay out node %1: its rank %2 is negative; the North Star has rank 0 and every layer below it a larger rank.</source>
        <translation>Knoten %1 kann nicht angeordnet werden: Sein Rang %2 ist negativ; der North Star hat Rang 0, jede Ebene darunter einen höheren Rang.</translation>
    </message>
    <message>
        <source>Cannot lay out the tree: node id %1 appears more than once.</source>
        <translation>Der Baum kann nicht angeordnet werden: Die Knoten-ID %1 kommt mehrfach vor.</translation>
    </message>
    <message>
        <source>Cannot lay out the link from node %1 to parent %2: node %3 is not in the tree.</source>
        <translation>Die Verbindung von Knoten %1 zum übergeordneten Knoten %2 kann nicht angeordnet werden: Knoten %3 gehört nicht zum Baum.</translation>
    </message>
    <message>
        <source>Cannot lay out the link from node %1 (rank %2) to parent %3 (rank %4): a child must have a larger rank than its parent.</source>
        <translation>Die Verbindung von Knoten %1 (Rang %2) zum übergeordneten Knoten %3 (Rang %4) kann nicht angeordnet werden: Ein Kind muss einen höheren Rang haben als sein übergeordneter Knoten.</translation>
    </message>
    <message>
        <source>Cannot lay out the tree: Graphviz could not start (gvContext failed). Check that the libgvc6 package is installed.</source>
        <translation>Der Baum kann nicht angeordnet werden: Graphviz konnte nicht starten (gvContext fehlgeschlagen). Prüfen Sie, ob das Paket libgvc6 installiert ist.</translation>
    </message>
    <message>
        <source>Cannot lay out the tree: Graphviz&apos;s dot layout failed (%1). Check that the Graphviz plugins are installed and registered (run `dot -c` as root).</source>
        <translation>Der Baum kann nicht angeordnet werden: Das dot-Layout von Graphviz ist fehlgeschlagen (%1). Prüfen Sie, ob die Graphviz-Plugins installiert und registriert sind (`dot -c` als root ausführen).</translation>
    </message>
</context>
<context>
    <name>NorthStar::ImportCheckPanel</name>
    <message>
        <source>Month first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Alle Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Choose how the dates are written to see what will be imported.</source>
        <translation>Wählen Sie, wie die Datumsangaben geschrieben sind, um zu sehen, was importiert wird.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; does not read like the times before it. Type the time format above (iso, epoch-s, epoch-ms or a pattern such as dd.MM.yyyy HH:mm).</source>
        <translation>Zeile %1: „%2“ liest sich nicht wie die Zeiten davor. Geben Sie oben das Zeitformat ein (iso, epoch-s, epoch-ms oder ein Muster wie dd.MM.yyyy HH:mm).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file was already imported&lt;/b&gt; into source &quot;%1&quot;: nothing to add.</source>
        <translation>&lt;b&gt;Diese Datei wurde bereits importiert&lt;/b&gt;, und zwar in die Quelle „%1“: nichts hinzuzufügen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows will be imported, &lt;b&gt;%2&lt;/b&gt; rejected</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Zeilen werden importiert, &lt;b&gt;%2&lt;/b&gt; abgelehnt</translation>
    </message>
    <message>
        <source>show</source>
        <translation>anzeigen</translation>
    </message>
    <message>
        <source>No row can be imported: check the columns and the time format.</source>
        <translation>Keine Zeile kann importiert werden: Prüfen Sie die Spalten und das Zeitformat.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 Nutzer</translation>
    </message>
    <message>
        <source>replaces %1 earlier rows of &quot;%2&quot; in this range</source>
        <translation>ersetzt %1 frühere Zeilen von „%2“ in diesem Zeitraum</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could be %2 or %3: the dates in this file are</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kann %2 oder %3 sein. Reihenfolge in dieser Datei:</translation>
    </message>
    <message>
        <source>Every date in this file reads both month first and day first. The dates are</source>
        <translation>Jedes Datum in dieser Datei lässt sich mit Monat zuerst und mit Tag zuerst lesen. Reihenfolge in dieser Datei:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rollup rows (%2 events) will be imported, &lt;b&gt;%3&lt;/b&gt; rejected</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Zeilen des Tagesaggregats (%2 Ereignisse) werden importiert, &lt;b&gt;%3&lt;/b&gt; abgelehnt</translation>
    </message>
    <message>
        <source>dates %1 to %2 (%3)</source>
        <translation>Datum %1 bis %2 (%3)</translation>
    </message>
</context>
<context>
    <name>NorthStar::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>%1  ·  %2  →  %3</source>
        <translation>%1  ·  %2  →  %3</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>This workspace has not been saved yet. Imported rows are stored in the workspace file: save the workspace, then import.</source>
        <translation>Dieser Arbeitsbereich wurde noch nicht gespeichert. Importierte Zeilen werden in der Arbeitsbereichsdatei abgelegt: Speichern Sie den Arbeitsbereich und importieren Sie dann.</translation>
    </message>
    <message>
        <source>Usage data (*.csv *.tsv *.txt)</source>
        <translation>Nutzungsdaten (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import cancelled: the workspace is unchanged.</source>
        <translation>Import abgebrochen: Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>The import failed and the workspace is unchanged: %1</source>
        <translation>Der Import ist fehlgeschlagen, der Arbeitsbereich ist unverändert: %1</translation>
    </message>
</context>
<context>
    <name>NorthStar::ImportMappingForm</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Same for every row</source>
        <translation>Gleich für alle Zeilen</translation>
    </message>
    <message>
        <source>e.g. purchase</source>
        <translation>z. B. purchase</translation>
    </message>
    <message>
        <source>Columns kept as user attributes (country, plan, …) for segments.</source>
        <translation>Spalten, die als Nutzerattribute (Land, Tarif, …) für Segmente erhalten bleiben.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Nutzer-ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Choose the column that holds the user id.</source>
        <translation>Wählen Sie die Spalte mit der Nutzer-ID.</translation>
    </message>
    <message>
        <source>Choose the column that holds the time.</source>
        <translation>Wählen Sie die Spalte mit der Zeit.</translation>
    </message>
    <message>
        <source>Choose the event column, or give one event name for every row.</source>
        <translation>Wählen Sie die Ereignisspalte oder geben Sie einen Ereignisnamen für alle Zeilen an.</translation>
    </message>
    <message>
        <source>Give the event name for every row (e.g. purchase), or choose an event column.</source>
        <translation>Geben Sie den Ereignisnamen für alle Zeilen an (z. B. purchase) oder wählen Sie eine Ereignisspalte.</translation>
    </message>
    <message>
        <source>Column %1 is chosen for two roles.</source>
        <translation>Spalte %1 ist für zwei Rollen gewählt.</translation>
    </message>
</context>
<context>
    <name>NorthStar::ImportPreviewModel</name>
    <message>
        <source>user id</source>
        <translation>Nutzer-ID</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Zeile in der Datei</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1: imported as the %2</source>
        <translation>%1: importiert als %2</translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation>%1: nicht importiert</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>value sum</source>
        <translation>Wertesumme</translation>
    </message>
</context>
<context>
    <name>NorthStar::ImportProgressPage</name>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 Zeilen gelesen</translation>
    </message>
    <message>
        <source>writing to the workspace…</source>
        <translation>wird in den Arbeitsbereich geschrieben…</translation>
    </message>
    <message>
        <source>reading again with the time format found late</source>
        <translation>erneutes Lesen mit dem spät erkannten Zeitformat</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>NorthStar::ImportSetupPage</name>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Empty: detected over the whole column. Else iso, epoch-s, epoch-ms or a pattern (d M yy yyyy H HH mm ss).</source>
        <translation>Leer: wird über die ganze Spalte erkannt. Sonst iso, epoch-s, epoch-ms oder ein Muster (d M yy yyyy H HH mm ss).</translation>
    </message>
    <message>
        <source>Earlier rows of this source within the file&apos;s time range are replaced: a re-sent export is not counted twice.</source>
        <translation>Frühere Zeilen dieser Quelle im Zeitraum der Datei werden ersetzt: Ein erneut gesendeter Export wird nicht doppelt gezählt.</translation>
    </message>
    <message>
        <source>Keep earlier rows and add these.</source>
        <translation>Frühere Zeilen behalten und diese hinzufügen.</translation>
    </message>
    <message>
        <source>For timestamps written without an offset. Default: the workspace&apos;s reporting timezone.</source>
        <translation>Für Zeitstempel ohne Versatz. Standard: die Berichtszeitzone des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Every import belongs to a source; re-imports of the same source replace overlapping rows.</source>
        <translation>Jeder Import gehört zu einer Quelle; erneute Importe derselben Quelle ersetzen überlappende Zeilen.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Zeitformat</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Overlapping rows</source>
        <translation>Überlappende Zeilen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>User attributes</source>
        <translation>Nutzerattribute</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The file is not UTF-8: it is read as Windows-1252, as Excel on Windows writes it.</source>
        <translation>Die Datei ist nicht in UTF-8: Sie wird als Windows-1252 gelesen, wie Excel unter Windows sie schreibt.</translation>
    </message>
    <message>
        <source>The file has no header row: columns are numbered.</source>
        <translation>Die Datei hat keine Kopfzeile: Die Spalten werden nummeriert.</translation>
    </message>
    <message>
        <source>%1  (detected)</source>
        <translation>%1  (erkannt)</translation>
    </message>
    <message>
        <source>Time format &quot;%1&quot;: %2</source>
        <translation>Zeitformat „%1“: %2</translation>
    </message>
    <message>
        <source>Unknown timezone &quot;%1&quot;: choose one from the list (e.g. UTC or Europe/Berlin).</source>
        <translation>Unbekannte Zeitzone „%1“: Wählen Sie eine aus der Liste (z. B. UTC oder Europe/Berlin).</translation>
    </message>
    <message>
        <source>Name the source these rows belong to (e.g. events).</source>
        <translation>Nennen Sie die Quelle, zu der diese Zeilen gehören (z. B. events).</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>A daily rollup from a warehouse: one row per user, date and event with its count. Its dates are local dates in the timezone below, which must be the one the warehouse query used; every other column is a user attribute.</source>
        <translation>Ein Tagesaggregat aus einem Data Warehouse: eine Zeile pro Nutzer, Datum und Ereignis mit der Anzahl der Ereignisse. Seine Datumsangaben gelten als lokales Datum in der Zeitzone unten, die dieselbe sein muss wie die der Warehouse-Abfrage; jede weitere Spalte ist ein Nutzerattribut.</translation>
    </message>
    <message>
        <source>The timezone the rollup&apos;s dates were made in (the warehouse query&apos;s --timezone). It must be the workspace&apos;s reporting timezone.</source>
        <translation>Die Zeitzone, in der die Datumsangaben des Tagesaggregats gebildet wurden (--timezone der Warehouse-Abfrage). Sie muss die Berichtszeitzone des Arbeitsbereichs sein.</translation>
    </message>
    <message>
        <source>Name the source these rows belong to (e.g. warehouse).</source>
        <translation>Nennen Sie die Quelle, zu der diese Zeilen gehören (z. B. warehouse).</translation>
    </message>
</context>
<context>
    <name>NorthStar::ImportSummaryPage</name>
    <message>
        <source>%1 was already imported: nothing to add. The workspace is unchanged.</source>
        <translation>%1 wurde bereits importiert: nichts hinzuzufügen. Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2</source>
        <translation>%1 Zeilen aus %2 importiert</translation>
    </message>
    <message>
        <source>Show rejected rows…</source>
        <translation>Abgelehnte Zeilen anzeigen…</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Replaced earlier rows</source>
        <translation>Ersetzte frühere Zeilen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>%1 %2   (%3)</source>
        <translation>%1 %2   (%3)</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Erstes Ereignis</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1, %2, time %3, timezone %4</source>
        <translation>%1, %2, Zeit %3, Zeitzone %4</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>NorthStar::LifecycleChart</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Resurrecting</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Paler bars: partial periods, the data cover only part of them. Hover a bar for its counts.</source>
        <translation>Blassere Balken: unvollständige Zeiträume, die Daten decken nur einen Teil davon ab. Für die Zahlen mit der Maus auf einen Balken zeigen.</translation>
    </message>
    <message>
        <source>Hover a bar for its counts.</source>
        <translation>Für die Zahlen mit der Maus auf einen Balken zeigen.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Returning: %1</source>
        <translation>Wiederkehrend: %1</translation>
    </message>
    <message>
        <source>Resurrecting: %1</source>
        <translation>Reaktiviert: %1</translation>
    </message>
    <message>
        <source>Dormant: %1</source>
        <translation>Ruhend: %1</translation>
    </message>
    <message>
        <source>Net change in active users: %1</source>
        <translation>Nettoveränderung der aktiven Nutzer: %1</translation>
    </message>
    <message>
        <source>Partial period: the data cover only part of it</source>
        <translation>Unvollständiger Zeitraum: Die Daten decken nur einen Teil davon ab</translation>
    </message>
</context>
<context>
    <name>NorthStar::Lint</name>
    <message>
        <source>(untitled North Star)</source>
        <translation>(North Star ohne Titel)</translation>
    </message>
    <message>
        <source>(untitled input)</source>
        <translation>(Input ohne Titel)</translation>
    </message>
    <message>
        <source>(untitled work item)</source>
        <translation>(Maßnahme ohne Titel)</translation>
    </message>
    <message>
        <source>%1: the tree has no North Star</source>
        <translation>%1: Der Baum hat keinen North Star</translation>
    </message>
    <message>
        <source>%1: the North Star has no definition (say exactly what is counted and when)</source>
        <translation>%1: Der North Star hat keine Definition (legen Sie genau fest, was wann gezählt wird)</translation>
    </message>
    <message>
        <source>%1: no guardrail metric (what must not get worse while the North Star grows?)</source>
        <translation>%1: keine Leitplanken-Metrik (was darf nicht schlechter werden, während der North Star wächst?)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n direct input(s); a North Star needs 3 to 5</source>
        <translation>
            <numerusform>%1: %n direkter Input; ein North Star braucht 3 bis 5</numerusform>
            <numerusform>%1: %n direkte Inputs; ein North Star braucht 3 bis 5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: checklist answer &quot;%2&quot; to &quot;%3&quot; speaks against this North Star</source>
        <translation>%1: Die Checklisten-Antwort „%2“ auf „%3“ spricht gegen diesen North Star</translation>
    </message>
    <message>
        <source>%1: no input covers %2</source>
        <translation>%1: Kein Input deckt %2 ab</translation>
    </message>
    <message>
        <source>%1: work item linked to no input</source>
        <translation>%1: Maßnahme ist mit keinem Input verbunden</translation>
    </message>
    <message>
        <source>%1: input drives nothing (link it to the North Star or to another input)</source>
        <translation>%1: Input zahlt auf nichts ein (verbinden Sie ihn mit dem North Star oder einem anderen Input)</translation>
    </message>
    <message>
        <source>%1: input has no definition</source>
        <translation>%1: Input hat keine Definition</translation>
    </message>
    <message>
        <source>%1: input has no owner</source>
        <translation>%1: Input hat keinen Verantwortlichen</translation>
    </message>
    <message>
        <source>%1: no work under this input (gap)</source>
        <translation>%1: keine Maßnahme unter diesem Input (Lücke)</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>NorthStar::LintPanel</name>
    <message>
        <source>No tree is open.</source>
        <translation>Es ist kein Baum geöffnet.</translation>
    </message>
    <message>
        <source>No findings: this tree follows the workshop rules.</source>
        <translation>Keine Befunde: Dieser Baum folgt den Workshop-Regeln.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s). Click one to select its card.</source>
        <translation>
            <numerusform>%n Befund. Klicken Sie darauf, um seine Karte auszuwählen.</numerusform>
            <numerusform>%n Befunde. Klicken Sie auf einen, um seine Karte auszuwählen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NorthStar::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>North Star Studio closed unexpectedly while an unsaved workspace had changes (last autosaved %1). Restore them?</source>
        <translation>North Star Studio wurde unerwartet beendet, während ein ungespeicherter Arbeitsbereich Änderungen hatte (zuletzt automatisch gespeichert %1). Wiederherstellen?</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>%1 has changes that were not saved when North Star Studio last closed (autosaved %2). Restore them? They are kept until you save or discard them.</source>
        <translation>%1 hat Änderungen, die beim letzten Beenden von North Star Studio nicht gespeichert waren (automatisch gespeichert %2). Wiederherstellen? Sie bleiben erhalten, bis Sie sie speichern oder verwerfen.</translation>
    </message>
    <message>
        <source>Cannot restore changes</source>
        <translation>Änderungen können nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Preparing the demo workspace: a year of usage data…</source>
        <translation>Demo-Arbeitsbereich wird vorbereitet: ein Jahr Nutzungsdaten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>Die Demo kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>North Star</source>
        <translation>North Star</translation>
    </message>
    <message>
        <source>Cannot use the template</source>
        <translation>Die Vorlage kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Name of the tree:</source>
        <translation>Name des Baums:</translation>
    </message>
    <message>
        <source>New tree</source>
        <translation>Neuer Baum</translation>
    </message>
    <message>
        <source>Rename tree</source>
        <translation>Baum umbenennen</translation>
    </message>
    <message>
        <source>Delete the tree &quot;%1&quot; with all its nodes? You can undo this.</source>
        <translation>Den Baum „%1“ mit allen Knoten löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete tree</source>
        <translation>Baum löschen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before continuing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>North Star workspaces (*.northstar)</source>
        <translation>North-Star-Arbeitsbereiche (*.northstar)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>North Star workspaces (*.northstar);;All files (*)</source>
        <translation>North-Star-Arbeitsbereiche (*.northstar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled tree</source>
        <translation>Baum ohne Titel</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 Inputs</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 Input</translation>
    </message>
    <message>
        <source>%1 work items</source>
        <translation>%1 Maßnahmen</translation>
    </message>
    <message>
        <source>1 work item</source>
        <translation>1 Maßnahme</translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation>&amp;Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Tree as Image…</source>
        <translation>Bild e&amp;xportieren…</translation>
    </message>
    <message>
        <source>PNG, SVG or PDF, sized for slides</source>
        <translation>PNG, SVG oder PDF, passend für Folien</translation>
    </message>
    <message>
        <source>&amp;Import Usage Data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Import events from a CSV export (or drop the file on the window)</source>
        <translation>Ereignisse aus einem CSV-Export importieren (oder die Datei auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>Wor&amp;kspace Settings…</source>
        <translation>&amp;Einstellungen des Arbeitsbereichs…</translation>
    </message>
    <message>
        <source>Reporting timezone, week start and the segment every number is filtered to</source>
        <translation>Berichtszeitzone, Wochenbeginn und das Segment, auf das jede Zahl gefiltert wird</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles au&amp;swählen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Add &amp;Child</source>
        <translation>&amp;Kind hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Sibling</source>
        <translation>&amp;Geschwister hinzufügen</translation>
    </message>
    <message>
        <source>Add Sub-&amp;input</source>
        <translation>&amp;Unter-Input hinzufügen</translation>
    </message>
    <message>
        <source>New &amp;Tree…</source>
        <translation>Neuer &amp;Baum…</translation>
    </message>
    <message>
        <source>Re&amp;name Tree…</source>
        <translation>Baum u&amp;mbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Tree</source>
        <translation>Baum &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Automatic Layout</source>
        <translation>&amp;Neu anordnen</translation>
    </message>
    <message>
        <source>Forget manual placement and lay the tree out again</source>
        <translation>Manuelle Platzierung verwerfen und den Baum neu anordnen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large type, no editing chrome</source>
        <translation>Vollbild, große Schrift, ohne Bearbeitungselemente</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>Bau&amp;m</translation>
    </message>
    <message>
        <source>New Tree from Te&amp;mplate</source>
        <translation>Neuer Baum aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Pa&amp;nels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About North Star Studio</source>
        <translation>Ü&amp;ber North Star Studio</translation>
    </message>
    <message>
        <source>About North Star Studio</source>
        <translation>Über North Star Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;North Star Studio %1&lt;/h3&gt;&lt;p&gt;Build, test and track a North Star Metric tree: one metric for the value customers get, the inputs that drive it, and the work that moves them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;North Star Studio %1&lt;/h3&gt;&lt;p&gt;Einen North-Star-Metric-Baum aufbauen, prüfen und verfolgen: eine Metrik für den Wert, den Kunden erhalten, die Inputs, die sie treiben, und die Maßnahmen, die diese bewegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Prüfungen (%1)</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Export tree</source>
        <translation>Baum exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Vektorbild (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Import usage data</source>
        <translation>Nutzungsdaten importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the workspace first</source>
        <translation>Zuerst den Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Imported data are stored in the workspace file. Save this workspace now, then import %1?</source>
        <translation>Importierte Daten werden in der Arbeitsbereichsdatei gespeichert. Diesen Arbeitsbereich jetzt speichern und dann %1 importieren?</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Einstellungen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Monday (ISO 8601)</source>
        <translation>Montag (ISO 8601)</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>All users (or e.g. country = DE)</source>
        <translation>Alle Nutzer (oder z. B. country = DE)</translation>
    </message>
    <message>
        <source>Days, weeks and months of every metric are counted in this timezone; changing it recomputes every number, daylight saving time included. The segment filters every node of the tree and every chart to the users with that attribute value.</source>
        <translation>Tage, Wochen und Monate jeder Metrik werden in dieser Zeitzone gezählt; eine Änderung berechnet jede Zahl neu, Sommerzeit eingeschlossen. Das Segment filtert jeden Knoten des Baums und jedes Diagramm auf die Nutzer mit diesem Attributwert.</translation>
    </message>
    <message>
        <source>Reporting timezone:</source>
        <translation>Berichtszeitzone:</translation>
    </message>
    <message>
        <source>Weeks start on:</source>
        <translation>Wochen beginnen am:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>%1 was left half-written by an interrupted import or save; it was restored to how it was before it.</source>
        <translation>%1 war nach einem unterbrochenen Import oder Speichern nur halb geschrieben; die Datei wurde auf ihren Stand davor zurückgesetzt.</translation>
    </message>
    <message>
        <source>Exported the review to %1</source>
        <translation>Prüfung nach %1 exportiert</translation>
    </message>
    <message>
        <source>Cannot export the review</source>
        <translation>Prüfung kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export Re&amp;view…</source>
        <translation>P&amp;rüfung exportieren…</translation>
    </message>
    <message>
        <source>The weekly review as a PDF to print, an HTML file to email or Markdown</source>
        <translation>Die Wochenprüfung als PDF zum Drucken, als HTML-Datei zum Mailen oder als Markdown</translation>
    </message>
    <message>
        <source>&amp;Canvas</source>
        <translation>&amp;Arbeitsfläche</translation>
    </message>
    <message>
        <source>The tree, to build and edit it</source>
        <translation>Der Baum, um ihn aufzubauen und zu bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>P&amp;rüfung</translation>
    </message>
    <message>
        <source>The weekly review of this tree: are we winning, why did it move, did our work move it</source>
        <translation>Die Wochenprüfung dieses Baums: Gewinnen wir, warum hat er sich bewegt, hat unsere Arbeit ihn bewegt</translation>
    </message>
    <message>
        <source>Export review</source>
        <translation>Prüfung exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html);;Markdown text (*.md)</source>
        <translation>PDF-Dokument (*.pdf);;HTML-Seite (*.html);;Markdown-Text (*.md)</translation>
    </message>
    <message>
        <source>Export &amp;Minutes…</source>
        <translation>&amp;Protokoll exportieren…</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>The record of this tree&apos;s latest workshop as a PDF to send round or Markdown: the agenda as it ran, votes, the North Star, the tree, the parking lot and the decisions</source>
        <translation>Das Protokoll des letzten Workshops zu diesem Baum als PDF zum Verschicken oder als Markdown: die Agenda, wie sie lief, die Stimmen, der North Star, der Baum, der Themenspeicher und die Entscheidungen</translation>
    </message>
    <message>
        <source>Exported the minutes to %1</source>
        <translation>Protokoll nach %1 exportiert</translation>
    </message>
    <message>
        <source>Cannot export the minutes</source>
        <translation>Das Protokoll kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Markdown text (*.md)</source>
        <translation>PDF-Dokument (*.pdf);;Markdown-Text (*.md)</translation>
    </message>
    <message>
        <source>The minutes can be written as a PDF (.pdf) or Markdown (.md) file, not &quot;%1&quot;. Choose a name ending in .pdf or .md.</source>
        <translation>Das Protokoll lässt sich als PDF- (.pdf) oder Markdown-Datei (.md) schreiben, nicht als „%1“. Wählen Sie einen Namen, der auf .pdf oder .md endet.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Show &amp;Versions</source>
        <translation>Versionen an&amp;zeigen</translation>
    </message>
    <message>
        <source>The saved versions of this tree: save, compare, restore</source>
        <translation>Die gespeicherten Versionen dieses Baums: speichern, vergleichen, wiederherstellen</translation>
    </message>
    <message>
        <source>Capture an idea the room raised in the parking lot, without leaving what you are doing</source>
        <translation>Eine Idee aus dem Raum im Themenspeicher festhalten, ohne die aktuelle Arbeit zu verlassen</translation>
    </message>
    <message>
        <source>Add a D&amp;ot</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Take &amp;Back a Dot</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <source>Con&amp;fidence</source>
        <translation>Zuversich&amp;t</translation>
    </message>
    <message>
        <source>Select a work item, or an input linked to its parent</source>
        <translation>Wählen Sie eine Maßnahme oder einen Input, der mit seinem übergeordneten Knoten verbunden ist</translation>
    </message>
    <message>
        <source>Parking Lot</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <source>&amp;Start Workshop…</source>
        <translation>Workshop &amp;starten…</translation>
    </message>
    <message>
        <source>Run a North Star workshop on this tree: a timed agenda, shown on the wall screen</source>
        <translation>Einen North-Star-Workshop zu diesem Baum durchführen: eine getaktete Agenda, gezeigt auf dem Wandbildschirm</translation>
    </message>
    <message>
        <source>Edit &amp;Agenda…</source>
        <translation>&amp;Agenda bearbeiten…</translation>
    </message>
    <message>
        <source>Change the running workshop&apos;s steps, timeboxes and prompts</source>
        <translation>Schritte, Zeitrahmen und Leitfragen des laufenden Workshops ändern</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>&amp;Finish Workshop…</source>
        <translation>Workshop &amp;beenden…</translation>
    </message>
    <message>
        <source>Show Presen&amp;tation</source>
        <translation>&amp;Präsentation zeigen</translation>
    </message>
    <message>
        <source>The current step, its prompt and the time left, full screen on the wall screen</source>
        <translation>Der aktuelle Schritt, seine Leitfrage und die verbleibende Zeit, im Vollbild auf dem Wandbildschirm</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>Cannot start the workshop</source>
        <translation>Der Workshop kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Workshop started: PageDown moves to the next step, F5 shows it on the wall screen.</source>
        <translation>Workshop gestartet: Bild ab führt zum nächsten Schritt, F5 zeigt ihn auf dem Wandbildschirm.</translation>
    </message>
    <message>
        <source>Finish workshop</source>
        <translation>Workshop beenden</translation>
    </message>
    <message>
        <source>Finish &quot;%1&quot;? The current step ends now; the agenda, votes and decisions are kept for the minutes. You can undo this.</source>
        <translation>„%1“ beenden? Der aktuelle Schritt endet jetzt; Agenda, Stimmen und Entscheidungen bleiben für das Protokoll erhalten. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Par&amp;k an Idea…</source>
        <translation>Idee &amp;parken…</translation>
    </message>
    <message>
        <source>&amp;Pull from Warehouse…</source>
        <translation>Aus dem &amp;Warehouse abrufen…</translation>
    </message>
    <message>
        <source>Run the daily rollup&apos;s query on PostgreSQL or ClickHouse and import its rows</source>
        <translation>Die Abfrage des Tagesaggregats auf PostgreSQL oder ClickHouse ausführen und ihre Zeilen importieren</translation>
    </message>
    <message>
        <source>Pulled data are stored in the workspace file. Save this workspace now, then pull from the warehouse?</source>
        <translation>Abgerufene Daten werden in der Datei des Arbeitsbereichs gespeichert. Diesen Arbeitsbereich jetzt speichern und dann aus dem Warehouse abrufen?</translation>
    </message>
    <message>
        <source>%1 The numbers are computed again.</source>
        <translation>%1 Die Zahlen werden neu berechnet.</translation>
    </message>
    <message>
        <source>Fixed at %1: the daily rollups in this workspace were made in it, and a rollup has no times of day to move to another zone.</source>
        <translation>Festgelegt auf %1: Die Tagesaggregate in diesem Arbeitsbereich wurden darin gebildet, und ein Tagesaggregat hat keine Uhrzeiten, die sich in eine andere Zeitzone verschieben ließen.</translation>
    </message>
</context>
<context>
    <name>NorthStar::MetricChartView</name>
    <message>
        <source>partial period</source>
        <translation>unvollständiger Zeitraum</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>ausgeliefert</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Partial period: the data cover only part of it</source>
        <translation>Unvollständiger Zeitraum: Die Daten decken nur einen Teil davon ab</translation>
    </message>
    <message>
        <source>Planned %1: %2</source>
        <translation>Geplant %1: %2</translation>
    </message>
    <message>
        <source>Shipped %1: %2</source>
        <translation>Ausgeliefert %1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 periods</source>
        <translation>%1 Zeiträume</translation>
    </message>
    <message>
        <source>1 period</source>
        <translation>1 Zeitraum</translation>
    </message>
    <message>
        <source>%1 partial left out</source>
        <translation>%1 unvollständige ausgelassen</translation>
    </message>
    <message>
        <source>%1 without value</source>
        <translation>%1 ohne Wert</translation>
    </message>
    <message>
        <source>no complete period with a value</source>
        <translation>kein vollständiger Zeitraum mit Wert</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>Veränderung %1</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <source>Zoomed in. Escape shows the whole history.</source>
        <translation>Vergrößert. Esc zeigt den ganzen Verlauf.</translation>
    </message>
    <message>
        <source>Hover for exact values. Drag across the chart to compare a range.</source>
        <translation>Für genaue Werte mit der Maus darauf zeigen. Über das Diagramm ziehen, um einen Bereich zu vergleichen.</translation>
    </message>
    <message>
        <source>No complete period yet.</source>
        <translation>Noch kein vollständiger Zeitraum.</translation>
    </message>
    <message>
        <source>%1 on the period before</source>
        <translation>%1 gegenüber der Vorperiode</translation>
    </message>
    <message>
        <source>Target %1 by %2</source>
        <translation>Ziel %1 bis %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>guardrail</source>
        <translation>Leitplanke</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note %1: %2</source>
        <translation>Notiz %1: %2</translation>
    </message>
    <message>
        <source>Target course: %1</source>
        <translation>Zielkurs: %1</translation>
    </message>
</context>
<context>
    <name>NorthStar::MetricsController</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>NorthStar::Minutes</name>
    <message>
        <source>The workspace has no such workshop.</source>
        <translation>Diesen Workshop gibt es im Arbeitsbereich nicht.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; belongs to no tree of the workspace.</source>
        <translation>Der Workshop „%1“ gehört zu keinem Baum des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>(unnamed metric)</source>
        <translation>(unbenannte Metrik)</translation>
    </message>
    <message>
        <source>Cannot lay out the tree &quot;%1&quot;: %2</source>
        <translation>Kann den Baum „%1“ nicht anordnen: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <source>%1 min over</source>
        <translation>%1 min darüber</translation>
    </message>
    <message>
        <source>%1 min under</source>
        <translation>%1 min darunter</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Im Zeitrahmen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Votes in %1</source>
        <translation>Abstimmung in %1</translation>
    </message>
    <message>
        <source>%1 of the room&apos;s %2 dots placed.</source>
        <translation>%1 von %2 Punkten der Gruppe platziert.</translation>
    </message>
    <message>
        <source>%1 dots placed.</source>
        <translation>%1 Punkte platziert.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>%1 dots</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Placed on the tree (since removed)</source>
        <translation>Im Baum platziert (inzwischen entfernt)</translation>
    </message>
    <message>
        <source>Placed on the tree as the work item &quot;%1&quot;</source>
        <translation>Als Maßnahme „%1“ im Baum platziert</translation>
    </message>
    <message>
        <source>Placed on the tree as the input &quot;%1&quot;</source>
        <translation>Als Input „%1“ im Baum platziert</translation>
    </message>
    <message>
        <source>Workshop minutes</source>
        <translation>Workshop-Protokoll</translation>
    </message>
    <message>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <source>from %1 (%2), still running</source>
        <translation>ab %1 (%2), läuft noch</translation>
    </message>
    <message>
        <source>%1 participants, %2 each (%3 in all)</source>
        <translation>%1 Teilnehmende, je %2 (insgesamt %3)</translation>
    </message>
    <message>
        <source>Room size not recorded, %1 each</source>
        <translation>Gruppengröße nicht erfasst, je %1</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>North Star</source>
        <translation>North Star</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>Noch keiner gewählt</translation>
    </message>
    <message>
        <source>Agenda as it ran</source>
        <translation>Agenda, wie sie ablief</translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>Zeitangaben in %1.</translation>
    </message>
    <message>
        <source>Planned %1; ran %2. %3 of %4 steps reached.</source>
        <translation>Geplant: %1; tatsächlich: %2. %3 von %4 Schritten erreicht.</translation>
    </message>
    <message>
        <source>Decisions by step</source>
        <translation>Entscheidungen nach Schritt</translation>
    </message>
    <message>
        <source>No decisions recorded.</source>
        <translation>Keine Entscheidungen festgehalten.</translation>
    </message>
    <message>
        <source>Not reached.</source>
        <translation>Nicht erreicht.</translation>
    </message>
    <message>
        <source>Candidates and the checklist</source>
        <translation>Kandidaten und Checkliste</translation>
    </message>
    <message>
        <source>The tree has no candidates.</source>
        <translation>Der Baum hat keine Kandidaten.</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (gewählt)</translation>
    </message>
    <message>
        <source>(the good answer is No)</source>
        <translation>(die gute Antwort ist Nein)</translation>
    </message>
    <message>
        <source>Good answers</source>
        <translation>Gute Antworten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>The room did not vote on candidates.</source>
        <translation>Die Gruppe hat nicht über Kandidaten abgestimmt.</translation>
    </message>
    <message>
        <source>The chosen North Star</source>
        <translation>Der gewählte North Star</translation>
    </message>
    <message>
        <source>No North Star was chosen: the tree&apos;s North Star shows no metric.</source>
        <translation>Kein North Star gewählt: Der North Star des Baums zeigt keine Metrik.</translation>
    </message>
    <message>
        <source>The tree</source>
        <translation>Der Baum</translation>
    </message>
    <message>
        <source>Votes on inputs and work</source>
        <translation>Abstimmungen über Inputs und Maßnahmen</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>The room did not vote on inputs or work.</source>
        <translation>Die Gruppe hat nicht über Inputs oder Maßnahmen abgestimmt.</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Eingebracht</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Was daraus wurde</translation>
    </message>
    <message>
        <source>The parking lot is empty.</source>
        <translation>Der Themenspeicher ist leer.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>%1 (step %2, %3)</source>
        <translation>%1 (Schritt %2, %3)</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>Es wurden keine Entscheidungen festgehalten.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>The minutes can be written as .pdf or .md, not .%1.</source>
        <translation>Das Protokoll kann als .pdf oder .md geschrieben werden, nicht als .%1.</translation>
    </message>
    <message>
        <source>Painting the minutes failed.</source>
        <translation>Das Zeichnen des Protokolls ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot write the minutes to &quot;%1&quot;: the file name must end in .pdf or .md.</source>
        <translation>Kann das Protokoll nicht nach „%1“ schreiben: Der Dateiname muss auf .pdf oder .md enden.</translation>
    </message>
    <message>
        <source>Cannot write the minutes &quot;%1&quot;: %2</source>
        <translation>Kann das Protokoll „%1“ nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>NorthStar::MinutesExport</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>%1 minutes %2</source>
        <translation>Protokoll %1 %2</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <source>Writing the workshop minutes…</source>
        <translation>Das Workshop-Protokoll wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Cannot write the minutes &quot;%1&quot;: %2</source>
        <translation>Kann das Protokoll „%1“ nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>NorthStar::NorthStarOverview</name>
    <message>
        <source>Latest complete period: %1</source>
        <translation>Letzter vollständiger Zeitraum: %1</translation>
    </message>
    <message>
        <source>Zoomed in. Escape shows the whole history.</source>
        <translation>Vergrößert. Esc zeigt den ganzen Verlauf.</translation>
    </message>
    <message>
        <source>Hover for exact values. Drag across a chart to compare a range.</source>
        <translation>Für genaue Werte mit der Maus darauf zeigen. Über ein Diagramm ziehen, um einen Bereich zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>breadth</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>Häufigkeit</translation>
    </message>
</context>
<context>
    <name>NorthStar::NumberField</name>
    <message>
        <source>Not a number: write it like %1 or %2, or leave it empty</source>
        <translation>Keine Zahl: Schreiben Sie sie wie %1 oder %2, oder lassen Sie das Feld leer</translation>
    </message>
</context>
<context>
    <name>NorthStar::ParkedIdeaDrop</name>
    <message>
        <source>Placed “%1” on the tree.</source>
        <translation>„%1“ im Baum platziert.</translation>
    </message>
</context>
<context>
    <name>NorthStar::ParkedIdeas</name>
    <message>
        <source>Drop here: a work item of its own</source>
        <translation>Hier ablegen: eine eigenständige Maßnahme</translation>
    </message>
    <message>
        <source>Drop here: an input of “%1”</source>
        <translation>Hier ablegen: ein Input von „%1“</translation>
    </message>
    <message>
        <source>Drop here: a work item under “%1”</source>
        <translation>Hier ablegen: eine Maßnahme unter „%1“</translation>
    </message>
    <message>
        <source>An input drives the North Star or another input, not a work item: select one of those on the canvas (or nothing, for an input of its own).</source>
        <translation>Ein Input treibt den North Star oder einen anderen Input an, keine Maßnahme: Wählen Sie eines davon auf der Arbeitsfläche aus (oder nichts, für einen eigenständigen Input).</translation>
    </message>
    <message>
        <source>Work serves an input, not the North Star itself: select an input on the canvas (or nothing, for a work item of its own).</source>
        <translation>Maßnahmen dienen einem Input, nicht dem North Star selbst: Wählen Sie einen Input auf der Arbeitsfläche aus (oder nichts, für eine eigenständige Maßnahme).</translation>
    </message>
    <message>
        <source>That idea is no longer in the parking lot.</source>
        <translation>Diese Idee ist nicht mehr im Themenspeicher.</translation>
    </message>
    <message>
        <source>“%1” is on the tree already.</source>
        <translation>„%1“ ist bereits im Baum.</translation>
    </message>
    <message>
        <source>“%1” belongs to another tree&apos;s parking lot.</source>
        <translation>„%1“ gehört zum Themenspeicher eines anderen Baums.</translation>
    </message>
    <message>
        <source>“%1” was dismissed: reopen it first.</source>
        <translation>„%1“ wurde verworfen: Öffnen Sie die Idee zuerst wieder.</translation>
    </message>
    <message>
        <source>“%1” cannot go there.</source>
        <translation>„%1“ kann dort nicht hin.</translation>
    </message>
</context>
<context>
    <name>NorthStar::ParkingLotPanel</name>
    <message>
        <source>Place as Input</source>
        <translation>Als Input platzieren</translation>
    </message>
    <message>
        <source>Place as Work Item</source>
        <translation>Als Maßnahme platzieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Park an idea…</source>
        <translation>Eine Idee parken…</translation>
    </message>
    <message>
        <source>Enter parks the idea; Esc goes back to where you were (Ctrl+Shift+P comes here from anywhere)</source>
        <translation>Enter parkt die Idee; Esc kehrt dorthin zurück, wo Sie waren (Ctrl+Shift+P führt von überall hierher)</translation>
    </message>
    <message>
        <source>Drag an idea onto the canvas: on an input it becomes a work item under it, on the North Star an input, anywhere else a work item of its own.</source>
        <translation>Ziehen Sie eine Idee auf die Arbeitsfläche: Auf einem Input wird sie zu einer Maßnahme darunter, auf dem North Star zu einem Input, überall sonst zu einer eigenständigen Maßnahme.</translation>
    </message>
    <message>
        <source>No parked ideas. Ctrl+Shift+P from anywhere captures one without leaving what you are doing.</source>
        <translation>Keine geparkten Ideen. Mit Ctrl+Shift+P halten Sie von überall aus eine fest, ohne Ihre aktuelle Arbeit zu verlassen.</translation>
    </message>
    <message>
        <source>Make the idea an input under the card selected on the canvas</source>
        <translation>Aus der Idee einen Input unter der auf der Arbeitsfläche ausgewählten Karte machen</translation>
    </message>
    <message>
        <source>Make the idea a work item under the card selected on the canvas</source>
        <translation>Aus der Idee eine Maßnahme unter der auf der Arbeitsfläche ausgewählten Karte machen</translation>
    </message>
    <message>
        <source>Place as &amp;Input</source>
        <translation>Als &amp;Input platzieren</translation>
    </message>
    <message>
        <source>Place as &amp;Work Item</source>
        <translation>Als &amp;Maßnahme platzieren</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>Text &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove from the Parking Lot</source>
        <translation>Aus dem Themenspeicher &amp;entfernen</translation>
    </message>
    <message>
        <source>Type the idea first, then press Enter.</source>
        <translation>Geben Sie zuerst die Idee ein und drücken Sie dann Enter.</translation>
    </message>
    <message>
        <source>Open a tree first: ideas are parked with the tree they are about.</source>
        <translation>Öffnen Sie zuerst einen Baum: Ideen werden bei dem Baum geparkt, um den es geht.</translation>
    </message>
    <message>
        <source>Parked “%1”.</source>
        <translation>„%1“ geparkt.</translation>
    </message>
    <message>
        <source>Select an idea in the list first.</source>
        <translation>Wählen Sie zuerst eine Idee in der Liste aus.</translation>
    </message>
    <message>
        <source>Placed “%1” on the tree.</source>
        <translation>„%1“ im Baum platziert.</translation>
    </message>
    <message>
        <source>Dismissed “%1”; it stays listed for the minutes.</source>
        <translation>„%1“ verworfen; die Idee bleibt für das Protokoll in der Liste.</translation>
    </message>
    <message>
        <source>“%1” is on the tree: delete its card (or undo) to take it back.</source>
        <translation>„%1“ ist im Baum: Löschen Sie die Karte (oder machen Sie den Schritt rückgängig), um die Idee zurückzunehmen.</translation>
    </message>
    <message>
        <source>An idea needs words: the text stays “%1”.</source>
        <translation>Eine Idee braucht Worte: Der Text bleibt „%1“.</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Eingebracht am %1</translation>
    </message>
    <message>
        <source>Placed as an input</source>
        <translation>Als Input platziert</translation>
    </message>
    <message>
        <source>Placed as a work item</source>
        <translation>Als Maßnahme platziert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>under “%1”</source>
        <translation>unter „%1“</translation>
    </message>
    <message>
        <source>as a card of its own (nothing is selected on the canvas)</source>
        <translation>als eigene Karte (auf der Arbeitsfläche ist nichts ausgewählt)</translation>
    </message>
    <message>
        <source>Make the idea an input %1</source>
        <translation>Aus der Idee einen Input %1 machen</translation>
    </message>
    <message>
        <source>Make the idea a work item %1</source>
        <translation>Aus der Idee eine Maßnahme %1 machen</translation>
    </message>
</context>
<context>
    <name>NorthStar::PresentationWindow</name>
    <message>
        <source>Expresses the value customers get</source>
        <translation>Drückt den Wert aus, den Kunden erhalten</translation>
    </message>
    <message>
        <source>Represents vision and strategy</source>
        <translation>Bildet Vision und Strategie ab</translation>
    </message>
    <message>
        <source>Leading indicator of revenue</source>
        <translation>Frühindikator für Umsatz</translation>
    </message>
    <message>
        <source>Actionable by the team</source>
        <translation>Vom Team beeinflussbar</translation>
    </message>
    <message>
        <source>Understandable by everyone</source>
        <translation>Für alle verständlich</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Messbar</translation>
    </message>
    <message>
        <source>Not a vanity metric</source>
        <translation>Keine Vanity-Metrik</translation>
    </message>
    <message>
        <source>Stress test: could it double without more value? (No is good)</source>
        <translation>Stresstest: Könnte sie sich ohne mehr Wert verdoppeln? (Nein ist gut)</translation>
    </message>
    <message>
        <source>no dots yet</source>
        <translation>noch keine Punkte</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>%1 dots</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>This tree has no cards yet.</source>
        <translation>Dieser Baum hat noch keine Karten.</translation>
    </message>
    <message>
        <source>%1 game</source>
        <translation>Spiel: %1</translation>
    </message>
    <message>
        <source>Game not chosen yet</source>
        <translation>Spiel noch nicht gewählt</translation>
    </message>
    <message>
        <source>Guardrail: %1</source>
        <translation>Leitplanke: %1</translation>
    </message>
    <message>
        <source>No candidates yet. Name them on the laptop (Candidates panel): each number that would show customers getting the value.</source>
        <translation>Noch keine Kandidaten. Benennen Sie sie am Laptop (Bereich „Kandidaten“): jede Zahl, die zeigen würde, dass Kunden den Wert erhalten.</translation>
    </message>
    <message>
        <source>NORTH STAR</source>
        <translation>NORTH STAR</translation>
    </message>
    <message>
        <source>%1 for · %2 against</source>
        <translation>%1 dafür · %2 dagegen</translation>
    </message>
    <message>
        <source>CHECKLIST</source>
        <translation>CHECKLISTE</translation>
    </message>
    <message>
        <source>NO DIMENSION</source>
        <translation>KEINE DIMENSION</translation>
    </message>
    <message>
        <source>INPUTS OF THE NORTH STAR</source>
        <translation>INPUTS DES NORTH STAR</translation>
    </message>
    <message>
        <source>%1: aim for 3 to 5</source>
        <translation>%1: Ziel sind 3 bis 5</translation>
    </message>
    <message>
        <source>%1: within 3 to 5</source>
        <translation>%1: im Rahmen von 3 bis 5</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 Input</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 Inputs</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>No inputs yet. Which three to five numbers drive the North Star?</source>
        <translation>Noch keine Inputs. Welche drei bis fünf Zahlen treiben den North Star an?</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Drives %1</source>
        <translation>Treibt %1 an</translation>
    </message>
    <message>
        <source>No inputs yet: work hangs under the inputs it moves.</source>
        <translation>Noch keine Inputs: Maßnahmen hängen unter den Inputs, die sie bewegen.</translation>
    </message>
    <message>
        <source>Gap: no work moves this input yet</source>
        <translation>Lücke: Noch keine Maßnahme bewegt diesen Input</translation>
    </message>
    <message>
        <source>Its work is under its sub-inputs.</source>
        <translation>Seine Maßnahmen hängen unter seinen Unter-Inputs.</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>%1 on the wall screen</source>
        <translation>%1 auf dem Wandbildschirm</translation>
    </message>
    <message>
        <source>over · %1 min planned</source>
        <translation>überzogen · %1 min geplant</translation>
    </message>
    <message>
        <source>left of %1 min</source>
        <translation>von %1 min übrig</translation>
    </message>
    <message>
        <source>STEP %1 OF %2</source>
        <translation>SCHRITT %1 VON %2</translation>
    </message>
</context>
<context>
    <name>NorthStar::PropertiesPanel</name>
    <message>
        <source>Select a card to see its properties</source>
        <translation>Wählen Sie eine Karte, um ihre Eigenschaften zu sehen</translation>
    </message>
    <message>
        <source>What exactly is counted, for whom, over which period</source>
        <translation>Was genau wird gezählt, für wen, über welchen Zeitraum</translation>
    </message>
    <message>
        <source>e.g. teams, %, minutes</source>
        <translation>z. B. Teams, %, Minuten</translation>
    </message>
    <message>
        <source>Who moves this metric</source>
        <translation>Wer diese Metrik bewegt</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Anything the room should remember</source>
        <translation>Was sich die Runde merken sollte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation>Dimension:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>The counter metric that must not get worse</source>
        <translation>Die Gegenmetrik, die nicht schlechter werden darf</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>&amp;Spiel:</translation>
    </message>
    <message>
        <source>&amp;Guardrail metric:</source>
        <translation>&amp;Leitplanken-Metrik:</translation>
    </message>
    <message>
        <source>e.g. 0.8</source>
        <translation>z. B. 0,8</translation>
    </message>
    <message>
        <source>How strongly this input moves its parent (empty: not estimated)</source>
        <translation>Wie stark dieser Input den übergeordneten Knoten bewegt (leer: nicht geschätzt)</translation>
    </message>
    <message>
        <source>Why moving this input moves its parent</source>
        <translation>Warum eine Bewegung dieses Inputs den übergeordneten Knoten bewegt</translation>
    </message>
    <message>
        <source>&amp;Leverage:</source>
        <translation>&amp;Hebelwirkung:</translation>
    </message>
    <message>
        <source>T&amp;heory:</source>
        <translation>&amp;Wirkungsannahme:</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>The inputs this work is meant to move; it may serve several</source>
        <translation>Die Inputs, die diese Maßnahme bewegen soll; sie kann auf mehrere einzahlen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Ship &amp;date:</source>
        <translation>Auslieferungs&amp;datum:</translation>
    </message>
    <message>
        <source>E&amp;xpected impact:</source>
        <translation>&amp;Erwartete Wirkung:</translation>
    </message>
    <message>
        <source>Ser&amp;ves inputs:</source>
        <translation>&amp;Zahlt ein auf:</translation>
    </message>
    <message>
        <source>the North Star</source>
        <translation>der North Star</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 Inputs</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 Input</translation>
    </message>
    <message>
        <source>%1 work items</source>
        <translation>%1 Maßnahmen</translation>
    </message>
    <message>
        <source>1 work item</source>
        <translation>1 Maßnahme</translation>
    </message>
    <message>
        <source>%1 cards selected</source>
        <translation>%1 Karten ausgewählt</translation>
    </message>
    <message>
        <source>Input metric</source>
        <translation>Input-Metrik</translation>
    </message>
    <message>
        <source>North Star Metric</source>
        <translation>North Star Metric</translation>
    </message>
    <message>
        <source>Link to “%1”</source>
        <translation>Verbindung zu „%1“</translation>
    </message>
    <message>
        <source>&amp;Estimate from history</source>
        <translation>Aus Ve&amp;rlauf schätzen</translation>
    </message>
    <message>
        <source>Fit the parent&apos;s period-over-period change on its inputs&apos; changes (least squares over the imported data)</source>
        <translation>Die Veränderung des übergeordneten Knotens von Zeitraum zu Zeitraum auf die Veränderungen seiner Inputs anpassen (kleinste Quadrate über die importierten Daten)</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>Wert ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Open a workspace with imported data to estimate</source>
        <translation>Öffnen Sie einen Arbeitsbereich mit importierten Daten, um zu schätzen</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Wird geschätzt…</translation>
    </message>
    <message>
        <source>The estimate does not cover this link (its input has no computation).</source>
        <translation>Die Schätzung deckt diese Verbindung nicht ab (ihr Input hat keine Berechnung).</translation>
    </message>
    <message>
        <source>n/a (the parent never changed)</source>
        <translation>k. A. (der übergeordnete Knoten hat sich nie verändert)</translation>
    </message>
    <message>
        <source>Estimated leverage %1 · fit R² %2 · %3 period-over-period changes</source>
        <translation>Geschätzte Hebelwirkung %1 · Anpassung R² %2 · %3 Veränderungen von Zeitraum zu Zeitraum</translation>
    </message>
    <message>
        <source>Fitted together with the parent&apos;s other input.</source>
        <translation>Gemeinsam mit dem anderen Input des übergeordneten Knotens angepasst.</translation>
    </message>
    <message>
        <source>Fitted together with the parent&apos;s %1 other inputs.</source>
        <translation>Gemeinsam mit den %1 anderen Inputs des übergeordneten Knotens angepasst.</translation>
    </message>
    <message>
        <source>A weak fit: treat it as a rough guess.</source>
        <translation>Schwache Anpassung: Betrachten Sie den Wert als grobe Schätzung.</translation>
    </message>
    <message>
        <source>Cannot estimate: %1</source>
        <translation>Schätzung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Which input should move, and why this work moves it</source>
        <translation>Welcher Input sich bewegen soll und warum diese Maßnahme ihn bewegt</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>How much this work should move the inputs it serves in the four periods after it ships: a relative change (+10%) or an absolute one (%1). Empty: not estimated.</source>
        <translation>Wie stark diese Maßnahme ihre Inputs in den vier Zeiträumen nach dem Start bewegen soll: eine relative Änderung (+10%) oder eine absolute (%1). Leer: nicht geschätzt.</translation>
    </message>
    <message>
        <source>Not an expected impact: write a relative change like +10% or an absolute one like %1.</source>
        <translation>Keine erwartete Wirkung: Schreiben Sie eine relative Änderung wie +10% oder eine absolute wie %1.</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>The value to reach. Empty: the metric has no target.</source>
        <translation>Der zu erreichende Wert. Leer: Die Metrik hat kein Ziel.</translation>
    </message>
    <message>
        <source>The date to reach the target by</source>
        <translation>Das Datum, bis zu dem das Ziel erreicht sein soll</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Where the way to the target starts. Empty: the value of the first complete period of data.</source>
        <translation>Wo der Weg zum Ziel beginnt. Leer: der Wert des ersten vollständigen Zeitraums der Daten.</translation>
    </message>
    <message>
        <source>When the baseline was measured</source>
        <translation>Wann der Ausgangswert gemessen wurde</translation>
    </message>
    <message>
        <source>&amp;Reach:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Zeit&amp;punkt:</translation>
    </message>
    <message>
        <source>Ba&amp;seline:</source>
        <translation>A&amp;usgangswert:</translation>
    </message>
    <message>
        <source>Baseline date:</source>
        <translation>Datum des Ausgangswerts:</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>No bound</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>The value the guardrail metric must not cross. Empty: no bound.</source>
        <translation>Der Wert, den die Leitplanken-Metrik nicht überschreiten darf. Leer: keine Grenze.</translation>
    </message>
    <message>
        <source>&amp;Must stay:</source>
        <translation>&amp;Muss bleiben:</translation>
    </message>
    <message>
        <source>e.g. +10% or %1</source>
        <translation>z. B. +10% oder %1</translation>
    </message>
    <message>
        <source>Pick the date to reach the target by.</source>
        <translation>Wählen Sie das Datum, bis zu dem das Ziel erreicht sein soll.</translation>
    </message>
    <message>
        <source>Pick the date the baseline was measured.</source>
        <translation>Wählen Sie das Datum, an dem der Ausgangswert gemessen wurde.</translation>
    </message>
    <message>
        <source>Without a baseline, the review starts from the first complete period of data.</source>
        <translation>Ohne Ausgangswert beginnt die Prüfung beim ersten vollständigen Zeitraum der Daten.</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>Zuversi&amp;cht:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>How sure the team is. Low: a hypothesis the data have not confirmed yet, drawn dashed on the canvas and in exports; medium: long dashes.</source>
        <translation>Wie sicher sich das Team ist. Niedrig: eine Hypothese, die die Daten noch nicht bestätigt haben, gestrichelt gezeichnet auf der Arbeitsfläche und in Exporten; mittel: lange Striche.</translation>
    </message>
</context>
<context>
    <name>NorthStar::Pull</name>
    <message>
        <source>The pull was cancelled; the workspace is unchanged.</source>
        <translation>Der Abruf wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>%1 refused the user &quot;%2&quot;: %3</source>
        <translation>%1 hat den Datenbanknutzer „%2“ abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 refused the rollup query (HTTP %2): %3 Check that the table and the columns given with --table, --user, --time, --event, --value and --attribute exist, and their types.</source>
        <translation>%1 hat die Abfrage des Tagesaggregats abgelehnt (HTTP %2): %3 Prüfen Sie, ob die mit --table, --user, --time, --event, --value und --attribute angegebene Tabelle und Spalten existieren und welche Typen sie haben.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1 stopped after %2 rows: %3 Nothing was imported.</source>
        <translation>%1 hat nach %2 Zeilen abgebrochen: %3 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 stopped the rollup query part way: %2 Nothing was imported.</source>
        <translation>%1 hat die Abfrage des Tagesaggregats mittendrin abgebrochen: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed: install the package libqt6sql6-psql (scripts/install-deps.sh does).</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert: Installieren Sie das Paket libqt6sql6-psql (das erledigt scripts/install-deps.sh).</translation>
    </message>
    <message>
        <source>%1 refused the rollup query: %2 Check that the table and the columns given with --table, --user, --time, --event, --value and --attribute exist, and their types.</source>
        <translation>%1 hat die Abfrage des Tagesaggregats abgelehnt: %2 Prüfen Sie, ob die mit --table, --user, --time, --event, --value und --attribute angegebene Tabelle und Spalten existieren und welche Typen sie haben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?): %2</source>
        <translation>%1 kann nicht geschrieben werden (ist der Datenträger voll?): %2</translation>
    </message>
    <message>
        <source>The saved pull of &quot;%1&quot; is damaged: %2</source>
        <translation>Der gespeicherte Abruf von „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>A pull needs a source name (--source NAME).</source>
        <translation>Ein Abruf braucht einen Quellennamen (--source NAME).</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 returned no rows for %2%3: nothing to import.</source>
        <translation>%1 hat für %2%3 keine Zeilen geliefert: nichts zu importieren.</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> ab %1</translation>
    </message>
    <message>
        <source>The URL holds a password: leave it out (it would be saved with the connection) and give it in the environment variable NORTHSTAR_WAREHOUSE_PASSWORD, or type it when asked.</source>
        <translation>Die URL enthält ein Passwort: Lassen Sie es weg (es würde mit der Verbindung gespeichert) und geben Sie es in der Umgebungsvariablen NORTHSTAR_WAREHOUSE_PASSWORD an oder tippen Sie es ein, wenn danach gefragt wird.</translation>
    </message>
    <message>
        <source>%1 at %2:%3%4</source>
        <translation>%1 auf %2:%3%4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL: write it as postgresql://user@host:5432/database.</source>
        <translation>„%1“ ist keine PostgreSQL-URL: Schreiben Sie sie als postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no database: end it with /DATABASE.</source>
        <translation>„%1“ nennt keine Datenbank: Beenden Sie die URL mit /DATABASE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ClickHouse HTTP URL: write it as http://host:8123/?database=DB.</source>
        <translation>„%1“ ist keine ClickHouse-HTTP-URL: Schreiben Sie sie als http://host:8123/?database=DB.</translation>
    </message>
</context>
<context>
    <name>NorthStar::PullDialog</name>
    <message>
        <source>&amp;Cancel Pull</source>
        <translation>Abruf abbre&amp;chen</translation>
    </message>
    <message>
        <source>Show &amp;Query…</source>
        <translation>Abfra&amp;ge zeigen…</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Pull from Warehouse</source>
        <translation>Aus dem Warehouse abrufen</translation>
    </message>
    <message>
        <source>The daily rollup&apos;s query runs on the server and its rows are imported into %1. The connection is saved in the workspace, without the password.</source>
        <translation>Die Abfrage des Tagesaggregats läuft auf dem Server, und ihre Zeilen werden in %1 importiert. Die Verbindung wird ohne das Passwort im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>The saved connections of %1 could not be read: %2</source>
        <translation>Die gespeicherten Verbindungen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>-- No query yet: %1</source>
        <translation>-- Noch keine Abfrage: %1</translation>
    </message>
    <message>
        <source>-- No query: %1</source>
        <translation>-- Keine Abfrage: %1</translation>
    </message>
    <message>
        <source>-- %1, source &quot;%2&quot;</source>
        <translation>-- %1, Quelle „%2“</translation>
    </message>
    <message>
        <source>-- local dates from %1 on</source>
        <translation>-- lokale Datumsangaben ab %1</translation>
    </message>
    <message>
        <source>The Rollup Query</source>
        <translation>Die Abfrage des Tagesaggregats</translation>
    </message>
    <message>
        <source>What the server gets: read only, nothing is changed there.</source>
        <translation>Was der Server erhält: nur lesend, dort wird nichts geändert.</translation>
    </message>
    <message>
        <source>Connecting to %1, then waiting for the server&apos;s first rows…</source>
        <translation>Verbindung zu %1 wird hergestellt, dann wird auf die ersten Zeilen des Servers gewartet…</translation>
    </message>
    <message>
        <source>Receiving rows: %1 rows, %2</source>
        <translation>Zeilen werden empfangen: %1 Zeilen, %2</translation>
    </message>
    <message>
        <source>Importing into %1: %2 %</source>
        <translation>Import in %1: %2 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Pull cancelled: the workspace is unchanged.</source>
        <translation>Abruf abgebrochen: Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>The pull failed and the workspace is unchanged.
%1</source>
        <translation>Der Abruf ist fehlgeschlagen, der Arbeitsbereich ist unverändert.
%1</translation>
    </message>
    <message>
        <source>%1 sent the same rows as the last pull: the workspace is unchanged.</source>
        <translation>%1 hat dieselben Zeilen gesendet wie beim letzten Abruf: Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Pulled %1 rollup rows (%2 events) from %3.</source>
        <translation>%1 Zeilen des Tagesaggregats (%2 Ereignisse) aus %3 abgerufen.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2, local dates in %3</source>
        <translation>%1 bis %2, lokale Datumsangaben in %3</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Replaced earlier rows</source>
        <translation>Ersetzte frühere Zeilen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>%1 rows, %2 in %3 s</source>
        <translation>%1 Zeilen, %2 in %3 s</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1, saved with its connection (no password)</source>
        <translation>%1, mit der Verbindung gespeichert (ohne Passwort)</translation>
    </message>
    <message>
        <source>The workspace&apos;s reporting timezone is now %1, the rollup&apos;s.</source>
        <translation>Die Berichtszeitzone des Arbeitsbereichs ist jetzt %1, die des Tagesaggregats.</translation>
    </message>
</context>
<context>
    <name>NorthStar::PullForm</name>
    <message>
        <source>schema.table, e.g. analytics.events</source>
        <translation>schema.tabelle, z. B. analytics.events</translation>
    </message>
    <message>
        <source>e.g. user_id</source>
        <translation>z. B. user_id</translation>
    </message>
    <message>
        <source>e.g. event_time</source>
        <translation>z. B. event_time</translation>
    </message>
    <message>
        <source>e.g. event_name</source>
        <translation>z. B. event_name</translation>
    </message>
    <message>
        <source>Optional; none: value_sum is 0</source>
        <translation>Optional; ohne: value_sum ist 0</translation>
    </message>
    <message>
        <source>Optional, comma separated, e.g. plan, country</source>
        <translation>Optional, durch Kommas getrennt, z. B. plan, country</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Server &amp;kind:</source>
        <translation>Server&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Raw events</source>
        <translation>Rohereignisse</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>Ta&amp;belle:</translation>
    </message>
    <message>
        <source>Us&amp;er column:</source>
        <translation>&amp;Nutzerspalte:</translation>
    </message>
    <message>
        <source>T&amp;ime column:</source>
        <translation>&amp;Zeitspalte:</translation>
    </message>
    <message>
        <source>E&amp;vent column:</source>
        <translation>&amp;Ereignisspalte:</translation>
    </message>
    <message>
        <source>Va&amp;lue column:</source>
        <translation>We&amp;rtespalte:</translation>
    </message>
    <message>
        <source>&amp;Attributes:</source>
        <translation>Attr&amp;ibute:</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Reporting time&amp;zone:</source>
        <translation>Berichtszeitz&amp;one:</translation>
    </message>
    <message>
        <source>Si&amp;nce:</source>
        <translation>Ab &amp;Datum:</translation>
    </message>
    <message>
        <source>From NORTHSTAR_WAREHOUSE_PASSWORD; never saved</source>
        <translation>Aus NORTHSTAR_WAREHOUSE_PASSWORD; wird nie gespeichert</translation>
    </message>
    <message>
        <source>Never saved in the workspace</source>
        <translation>Wird nie im Arbeitsbereich gespeichert</translation>
    </message>
    <message>
        <source>Never saved; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Wird nie gespeichert; leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Local dates from this one on</source>
        <translation>Lokale Datumsangaben ab diesem Datum</translation>
    </message>
    <message>
        <source>Empty: continues from %1, the last date pulled</source>
        <translation>Leer: setzt bei %1 fort, dem zuletzt abgerufenen Datum</translation>
    </message>
    <message>
        <source>Empty: every date</source>
        <translation>Leer: alle Tage</translation>
    </message>
    <message>
        <source>The URL holds a password: leave it out (it would be saved in the workspace with the connection) and type it in the Password field.</source>
        <translation>Die URL enthält ein Passwort: Lassen Sie es weg (es würde mit der Verbindung im Arbeitsbereich gespeichert) und geben Sie es im Feld „Passwort“ ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timezone this system knows: choose one from the list, e.g. Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt: Wählen Sie eine aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>Since &quot;%1&quot; is not a date: write it as YYYY-MM-DD, or leave it empty.</source>
        <translation>„%1“ unter „Ab Datum“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>die Quelle</translation>
    </message>
    <message>
        <source>the URL</source>
        <translation>die URL</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>die Tabelle</translation>
    </message>
    <message>
        <source>the user column</source>
        <translation>die Nutzerspalte</translation>
    </message>
    <message>
        <source>the time column</source>
        <translation>die Zeitspalte</translation>
    </message>
    <message>
        <source>the event column</source>
        <translation>die Ereignisspalte</translation>
    </message>
    <message>
        <source>the reporting timezone</source>
        <translation>die Berichtszeitzone</translation>
    </message>
    <message>
        <source>To pull, fill in %1.</source>
        <translation>Füllen Sie zum Abrufen %1 aus.</translation>
    </message>
</context>
<context>
    <name>NorthStar::Recovery</name>
    <message>
        <source>Cannot write the recovery file %1.</source>
        <translation>Die Wiederherstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>NorthStar::RejectedRowsDialog</name>
    <message>
        <source>Rejected rows of %1</source>
        <translation>Abgelehnte Zeilen von %1</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 were not imported.</source>
        <translation>Nicht importiert: %1.</translation>
    </message>
    <message>
        <source>%1 will not be imported.</source>
        <translation>Vom Import ausgenommen: %1.</translation>
    </message>
    <message>
        <source>1 row was not imported.</source>
        <translation>1 Zeile wurde nicht importiert.</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Die ersten %1 sind aufgeführt.</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>NorthStar::Report</name>
    <message>
        <source>Cannot write the report to &quot;%1&quot;: the file name must end in .pdf, .html or .md.</source>
        <translation>Kann den Bericht nicht nach „%1“ schreiben: Der Dateiname muss auf .pdf, .html oder .md enden.</translation>
    </message>
    <message>
        <source>Cannot write the report &quot;%1&quot;: painting it failed.</source>
        <translation>Kann den Bericht „%1“ nicht schreiben: Das Zeichnen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>complete months</source>
        <translation>vollständige Monate</translation>
    </message>
    <message>
        <source>complete weeks</source>
        <translation>vollständige Wochen</translation>
    </message>
    <message>
        <source>the reviewed period</source>
        <translation>der geprüfte Zeitraum</translation>
    </message>
    <message>
        <source>its usual range</source>
        <translation>sein üblicher Bereich</translation>
    </message>
    <message>
        <source>%1, shipped %2</source>
        <translation>%1, gestartet am %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No complete period to chart yet.</source>
        <translation>Noch kein vollständiger Zeitraum für ein Diagramm.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Breadth: active users</source>
        <translation>Breite: aktive Nutzer</translation>
    </message>
    <message>
        <source>Depth: core actions per active user</source>
        <translation>Tiefe: Kernaktionen pro aktivem Nutzer</translation>
    </message>
    <message>
        <source>Frequency: active days per active user</source>
        <translation>Häufigkeit: aktive Tage pro aktivem Nutzer</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vormonat</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <source>Not explained by the inputs</source>
        <translation>Nicht durch die Inputs erklärt</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Cannot make the report: the workspace has no tree &quot;%1&quot;.</source>
        <translation>Kann den Bericht nicht erstellen: Der Arbeitsbereich hat keinen Baum „%1“.</translation>
    </message>
    <message>
        <source>Cannot lay out the tree &quot;%1&quot;: %2</source>
        <translation>Kann den Baum „%1“ nicht anordnen: %2</translation>
    </message>
    <message>
        <source>The scale starts at %1, not at zero: the bars show the steps, not the totals&apos; sizes.</source>
        <translation>Die Skala beginnt bei %1, nicht bei null: Die Balken zeigen die Schritte, nicht die Größe der Summen.</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>the 8 periods before launch</source>
        <translation>die 8 Zeiträume vor dem Start</translation>
    </message>
    <message>
        <source>their trend</source>
        <translation>ihr Trend</translation>
    </message>
    <message>
        <source>the trend continued: the course expected without the work</source>
        <translation>der fortgesetzte Trend: der Verlauf, der ohne die Maßnahme zu erwarten war</translation>
    </message>
    <message>
        <source>the periods after launch</source>
        <translation>die Zeiträume nach dem Start</translation>
    </message>
    <message>
        <source>Expected %1 · measured %2</source>
        <translation>Erwartet %1 · gemessen %2</translation>
    </message>
    <message>
        <source>Annotations in the charted range</source>
        <translation>Anmerkungen im gezeigten Zeitraum</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Input and launch</source>
        <translation>Input und Start</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>North Star</source>
        <translation>North Star</translation>
    </message>
    <message>
        <source>Guardrail</source>
        <translation>Leitplanke</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>on the cohort before</source>
        <translation>gegenüber der Kohorte davor</translation>
    </message>
    <message>
        <source>on last month</source>
        <translation>gegenüber dem Vormonat</translation>
    </message>
    <message>
        <source>on last week</source>
        <translation>gegenüber der Vorwoche</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>breached: %1</source>
        <translation>verletzt: %1</translation>
    </message>
    <message>
        <source>within: %1</source>
        <translation>eingehalten: %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>reached %1</source>
        <translation>%1 erreicht</translation>
    </message>
    <message>
        <source>%1: %2 expected</source>
        <translation>%1: %2 erwartet</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Usual range</source>
        <translation>Üblicher Bereich</translation>
    </message>
    <message>
        <source>Target or bound</source>
        <translation>Ziel oder Grenze</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>unusual</source>
        <translation>ungewöhnlich</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · shipped %2</source>
        <translation>%1 · gestartet am %2</translation>
    </message>
    <message>
        <source>The North Star&apos;s change is not split among its inputs (no formula over them, no leverage on their links).</source>
        <translation>Die Änderung des North Star wird nicht auf seine Inputs aufgeteilt (keine Formel über sie, keine Hebelwirkung an ihren Verbindungen).</translation>
    </message>
    <message>
        <source>The North Star&apos;s change split exactly among the operands of its formula (Shapley value).</source>
        <translation>Die Änderung des North Star, exakt auf die Operanden seiner Formel aufgeteilt (Shapley-Wert).</translation>
    </message>
    <message>
        <source>Each input&apos;s change times its link&apos;s leverage; the rest is not explained by the inputs.</source>
        <translation>Die Änderung jedes Inputs mal die Hebelwirkung seiner Verbindung; der Rest ist nicht durch die Inputs erklärt.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>An x-axis label of a weekly chart (QDate format); German: &quot;d. MMM&quot;.</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>target %1 by %2, on a straight course from %3</source>
        <translation>Ziel %1 bis %2, auf geradem Kurs ab %3</translation>
    </message>
    <message>
        <source>bound: at least %1</source>
        <translation>Grenze: mindestens %1</translation>
    </message>
    <message>
        <source>bound: at most %1</source>
        <translation>Grenze: höchstens %1</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>Monatsprüfung</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenprüfung</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Data through %1</source>
        <translation>Daten bis %1</translation>
    </message>
    <message>
        <source>data through %1</source>
        <translation>Daten bis %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>no change to compare with</source>
        <translation>keine Änderung zum Vergleichen</translation>
    </message>
    <message>
        <source>too little history to tell whether the change is unusual</source>
        <translation>zu wenig Verlauf, um zu sagen, ob die Änderung ungewöhnlich ist</translation>
    </message>
    <message>
        <source>an unusual change (usual range %1)</source>
        <translation>eine ungewöhnliche Änderung (üblicher Bereich %1)</translation>
    </message>
    <message>
        <source>a usual change (usual range %1)</source>
        <translation>eine übliche Änderung (üblicher Bereich %1)</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>kein Ziel gesetzt</translation>
    </message>
    <message>
        <source>The segments that moved the North Star most, over every user attribute; the contributions of an attribute&apos;s segments add up to the change.</source>
        <translation>Die Segmente, die den North Star am stärksten bewegt haben, über alle Nutzerattribute; die Beiträge der Segmente eines Attributs ergeben zusammen die Änderung.</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The tree this week</source>
        <translation>Der Baum in dieser Woche</translation>
    </message>
    <message>
        <source>The tree this month</source>
        <translation>Der Baum in diesem Monat</translation>
    </message>
    <message>
        <source>Why it moved</source>
        <translation>Warum es sich bewegt hat</translation>
    </message>
    <message>
        <source>The North Star, its inputs and the guardrail</source>
        <translation>Der North Star, seine Inputs und die Leitplanke</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Work and movement</source>
        <translation>Maßnahmen und Bewegung</translation>
    </message>
    <message>
        <source>To act on</source>
        <translation>Zu tun</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Every metric over time</source>
        <translation>Jede Metrik im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1: breadth, depth and frequency of its core action (tags as above)</source>
        <translation>%1: Breite, Tiefe und Häufigkeit seiner Kernaktion (Markierungen wie oben)</translation>
    </message>
    <message>
        <source>Nothing shipped by the end of this period.</source>
        <translation>Bis zum Ende dieses Zeitraums wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>Nothing: the work and the numbers agree.</source>
        <translation>Nichts: Maßnahmen und Zahlen passen zusammen.</translation>
    </message>
    <message>
        <source>No notes for this period.</source>
        <translation>Keine Notizen für diesen Zeitraum.</translation>
    </message>
    <message>
        <source>No segments to compare (no user attribute with more than one value).</source>
        <translation>Keine Segmente zum Vergleichen (kein Nutzerattribut mit mehr als einem Wert).</translation>
    </message>
</context>
<context>
    <name>NorthStar::Review</name>
    <message>
        <source>%1 is outside the data, which run from %2 to %3: choose a date in between.</source>
        <translation>%1 liegt außerhalb der Daten, die von %2 bis %3 reichen: Wählen Sie ein Datum dazwischen.</translation>
    </message>
    <message>
        <source>The %1 starting %2 is not complete (the data run from %3 to %4); a partial period is never reviewed: choose another date.</source>
        <translation>Der Zeitraum (%1) ab %2 ist nicht vollständig (die Daten reichen von %3 bis %4); ein unvollständiger Zeitraum wird nie geprüft: Wählen Sie ein anderes Datum.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>The data (%1 to %2) hold no complete month yet to review.</source>
        <translation>Die Daten (%1 bis %2) enthalten noch keinen vollständigen Monat, der geprüft werden könnte.</translation>
    </message>
    <message>
        <source>The data (%1 to %2) hold no complete week yet to review.</source>
        <translation>Die Daten (%1 bis %2) enthalten noch keine vollständige Woche, die geprüft werden könnte.</translation>
    </message>
    <message>
        <source>No cohort of &quot;%1&quot; has had its %2 days yet.</source>
        <translation>Noch keine Kohorte von „%1“ hatte ihre %2 Tage.</translation>
    </message>
    <message>
        <source>The workspace has no tree with id %1.</source>
        <translation>Der Arbeitsbereich hat keinen Baum mit der ID %1.</translation>
    </message>
    <message>
        <source>The tree &quot;%1&quot; has no North Star to review.</source>
        <translation>Der Baum „%1“ hat keinen North Star, der geprüft werden könnte.</translation>
    </message>
    <message>
        <source>The North Star of &quot;%1&quot; has no computation: define how &quot;%2&quot; is computed (its kind and core action) before reviewing it.</source>
        <translation>Der North Star von „%1“ hat keine Berechnung: Legen Sie fest, wie „%2“ berechnet wird (Art und Kernaktion), bevor Sie ihn prüfen.</translation>
    </message>
    <message>
        <source>A review is by week or by month, not by day.</source>
        <translation>Eine Prüfung läuft wöchentlich oder monatlich, nicht täglich.</translation>
    </message>
    <message>
        <source>The workspace has no data to review yet: import events first (northstar import).</source>
        <translation>Der Arbeitsbereich hat noch keine Daten zum Prüfen: Importieren Sie zuerst Ereignisse (northstar import).</translation>
    </message>
    <message>
        <source>The node shows no catalog metric.</source>
        <translation>Der Knoten zeigt keine Metrik aus dem Katalog.</translation>
    </message>
</context>
<context>
    <name>NorthStar::ReviewAnnotations</name>
    <message>
        <source>&amp;Add Annotation</source>
        <translation>Anmerkung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>F2 edits the date or the text; Delete removes the annotation</source>
        <translation>F2 bearbeitet Datum oder Text; Entf entfernt die Anmerkung</translation>
    </message>
    <message>
        <source>Date of the new annotation</source>
        <translation>Datum der neuen Anmerkung</translation>
    </message>
    <message>
        <source>What the new annotation is on</source>
        <translation>Worauf sich die neue Anmerkung bezieht</translation>
    </message>
    <message>
        <source>Text of the new annotation</source>
        <translation>Text der neuen Anmerkung</translation>
    </message>
    <message>
        <source>What happened (a release, an outage, a campaign)</source>
        <translation>Was geschah (ein Release, ein Ausfall, eine Kampagne)</translation>
    </message>
    <message>
        <source>The whole workspace</source>
        <translation>Der ganze Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>No annotations from %1 to %2.</source>
        <translation>Keine Anmerkungen vom %1 bis %2.</translation>
    </message>
</context>
<context>
    <name>NorthStar::ReviewDisconnects</name>
    <message>
        <source>To act on</source>
        <translation>Zu tun</translation>
    </message>
    <message>
        <source>Enter or double-click: show it on the canvas, with its chart</source>
        <translation>Eingabe oder Doppelklick: auf der Arbeitsfläche zeigen, mit seinem Diagramm</translation>
    </message>
    <message>
        <source>Nothing: the work and the numbers agree.</source>
        <translation>Nichts: Maßnahmen und Zahlen passen zusammen.</translation>
    </message>
</context>
<context>
    <name>NorthStar::ReviewExport</name>
    <message>
        <source>North Star</source>
        <translation>North Star</translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation>%1 Prüfung</translation>
    </message>
    <message>
        <source>%1 review %2</source>
        <translation>%1 Prüfung %2</translation>
    </message>
    <message>
        <source>Writing the review report…</source>
        <translation>Der Prüfbericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation>Prüfung exportieren</translation>
    </message>
</context>
<context>
    <name>NorthStar::ReviewFormat</name>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>breached: must stay %1</source>
        <translation>verletzt: muss %1 bleiben</translation>
    </message>
    <message>
        <source>within: must stay %1</source>
        <translation>eingehalten: muss %1 bleiben</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>NorthStar::ReviewHeadline</name>
    <message>
        <source>No North Star</source>
        <translation>Kein North Star</translation>
    </message>
    <message>
        <source>North Star: %1</source>
        <translation>North Star: %1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>the cohort before</source>
        <translation>der Kohorte davor</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>dem Vormonat</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>der Vorwoche</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 gegenüber %2 (%3)</translation>
    </message>
    <message>
        <source>no change to compare with %1</source>
        <translation>keine Änderung zum Vergleich mit %1</translation>
    </message>
    <message>
        <source>unusual: the usual range is %1 to %2</source>
        <translation>ungewöhnlich: Der übliche Bereich ist %1 bis %2</translation>
    </message>
    <message>
        <source>within the usual range of %1 to %2</source>
        <translation>im üblichen Bereich von %1 bis %2</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>kein Ziel gesetzt</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überblick</translation>
    </message>
</context>
<context>
    <name>NorthStar::ReviewInputsTable</name>
    <message>
        <source>Guardrail: %1</source>
        <translation>Leitplanke: %1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>%1, unusual</source>
        <translation>%1, ungewöhnlich</translation>
    </message>
    <message>
        <source>usual range %1 to %2</source>
        <translation>üblicher Bereich %1 bis %2</translation>
    </message>
    <message>
        <source>too little history for a usual range</source>
        <translation>zu wenig Verlauf für einen üblichen Bereich</translation>
    </message>
    <message>
        <source>last 13 months, %1</source>
        <translation>letzte 13 Monate, %1</translation>
    </message>
    <message>
        <source>last 13 weeks, %1</source>
        <translation>letzte 13 Wochen, %1</translation>
    </message>
    <message>
        <source>no bound set</source>
        <translation>keine Grenze gesetzt</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>Inputs and guardrail</source>
        <translation>Inputs und Leitplanke</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
</context>
<context>
    <name>NorthStar::ReviewNotes</name>
    <message>
        <source>Note on this review</source>
        <translation>Notiz zu dieser Prüfung</translation>
    </message>
    <message>
        <source>What the team concluded, decided or wants to check next time</source>
        <translation>Was das Team gefolgert oder entschieden hat oder beim nächsten Mal prüfen will</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>A note on %1 this period</source>
        <translation>Eine Notiz zu %1 in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>NorthStar::ReviewText</name>
    <message>
        <source>the cohort before</source>
        <translation>der Kohorte davor</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>dem Vormonat</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>der Vorwoche</translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s)</source>
        <translation>
            <numerusform>%n weiterer Monat</numerusform>
            <numerusform>%n weitere Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more week(s)</source>
        <translation>
            <numerusform>%n weitere Woche</numerusform>
            <numerusform>%n weitere Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1 reached</source>
        <translation>Ziel %1 erreicht</translation>
    </message>
    <message>
        <source>on track: %1 expected by now</source>
        <translation>im Plan: %1 bis jetzt erwartet</translation>
    </message>
    <message>
        <source>behind target: %1 expected by now</source>
        <translation>hinter dem Ziel: %1 bis jetzt erwartet</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no value for this period</source>
        <translation>%1: kein Wert für diesen Zeitraum</translation>
    </message>
    <message>
        <source>(users first seen in the week of %1)</source>
        <translation>(Nutzer, die in der Woche vom %1 zuerst auftauchten)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <source>unusual</source>
        <translation>ungewöhnlich</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>gewöhnlich</translation>
    </message>
    <message>
        <source>breaches its bound (%1)</source>
        <translation>verletzt ihre Grenze (%1)</translation>
    </message>
    <message>
        <source>within its bound (%1)</source>
        <translation>innerhalb ihrer Grenze (%1)</translation>
    </message>
    <message>
        <source>%1: no change to split</source>
        <translation>%1: keine Änderung zum Aufteilen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 moved %2 (not attributed)</source>
        <translation>%1 bewegte sich um %2 (nicht zugeordnet)</translation>
    </message>
    <message>
        <source>%1 (no change)</source>
        <translation>%1 (keine Änderung)</translation>
    </message>
    <message>
        <source>not explained by the inputs %1</source>
        <translation>nicht durch die Inputs erklärt %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 = %2 %3</source>
        <translation>%1 = %2 %3</translation>
    </message>
    <message>
        <source>Segments up: %1</source>
        <translation>Segmente nach oben: %1</translation>
    </message>
    <message>
        <source>Segments down: %1</source>
        <translation>Segmente nach unten: %1</translation>
    </message>
    <message>
        <source>%1 against the trend</source>
        <translation>%1 gegenüber dem Trend</translation>
    </message>
    <message>
        <source>%1 against the trend, %2 expected</source>
        <translation>%1 gegenüber dem Trend, %2 erwartet</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>no data (the input has no computation)</source>
        <translation>keine Daten (der Input hat keine Berechnung)</translation>
    </message>
    <message>
        <source>too early: %1 needed</source>
        <translation>zu früh: %1 nötig</translation>
    </message>
    <message>
        <source>too little history before launch: %1 missing</source>
        <translation>zu wenig Verlauf vor dem Start: %1 fehlen</translation>
    </message>
    <message>
        <source>too little history: the periods after launch have gaps</source>
        <translation>zu wenig Verlauf: Die Zeiträume nach dem Start haben Lücken</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>wie erwartet</translation>
    </message>
    <message>
        <source>smaller than expected</source>
        <translation>kleiner als erwartet</translation>
    </message>
    <message>
        <source>the opposite of what was expected</source>
        <translation>das Gegenteil des Erwarteten</translation>
    </message>
    <message>
        <source>no clear effect</source>
        <translation>keine klare Wirkung</translation>
    </message>
    <message>
        <source>moved up</source>
        <translation>nach oben bewegt</translation>
    </message>
    <message>
        <source>moved down</source>
        <translation>nach unten bewegt</translation>
    </message>
    <message>
        <source>in the last 5 months</source>
        <translation>in den letzten 5 Monaten</translation>
    </message>
    <message>
        <source>in the last 5 weeks</source>
        <translation>in den letzten 5 Wochen</translation>
    </message>
    <message>
        <source>%1 moved unusually, and no work on it shipped %2: find out why.</source>
        <translation>%1 bewegte sich ungewöhnlich, und %2 wurde keine Maßnahme dafür gestartet: Finden Sie heraus, warum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not moved %2 as hoped: rethink or stop it.</source>
        <translation>„%1“ hat %2 nicht wie erhofft bewegt: Überdenken oder beenden Sie die Maßnahme.</translation>
    </message>
    <message>
        <source>Nobody is working on %1: nothing in progress, nothing shipped %2.</source>
        <translation>Niemand arbeitet an %1: nichts in Arbeit, nichts gestartet %2.</translation>
    </message>
    <message>
        <source>%1 is behind its target.</source>
        <translation>%1 liegt hinter seinem Ziel.</translation>
    </message>
    <message>
        <source>The guardrail %1 is past its bound.</source>
        <translation>Die Leitplanke %1 hat ihre Grenze überschritten.</translation>
    </message>
    <message>
        <source>%1: review of the month starting %2 (data through %3)</source>
        <translation>%1: Prüfung des Monats ab %2 (Daten bis %3)</translation>
    </message>
    <message>
        <source>%1: review of the week starting %2 (data through %3)</source>
        <translation>%1: Prüfung der Woche ab %2 (Daten bis %3)</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>Guardrail</source>
        <translation>Leitplanke</translation>
    </message>
    <message>
        <source>Why it moved</source>
        <translation>Warum es sich bewegt hat</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Nothing shipped by the end of this period.</source>
        <translation>Bis zum Ende dieses Zeitraums wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>%1 (%2, shipped %3): %4</source>
        <translation>%1 (%2, gestartet am %3): %4</translation>
    </message>
    <message>
        <source>To act on</source>
        <translation>Zu tun</translation>
    </message>
    <message>
        <source>Nothing: the work and the numbers agree.</source>
        <translation>Nichts: Maßnahmen und Zahlen passen zusammen.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A date in the review&apos;s text (QDate format: 16 Nov 2026); German writes &quot;d. MMM yyyy&quot;.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>The reviewed month (QDate format), e.g. &quot;November 2026&quot;.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>%1: %2 against a target of %3</source>
        <translation>%1: %2 bei einem Ziel von %3</translation>
    </message>
    <message>
        <source>%1: %2 against %3 expected by now</source>
        <translation>%1: %2 gegenüber %3 bis jetzt erwartet</translation>
    </message>
</context>
<context>
    <name>NorthStar::ReviewView</name>
    <message>
        <source>Weekly review</source>
        <translation>Wochenprüfung</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>Prüfungsseite</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>The shaded band is the usual range for this period; Enter shows an input on the canvas.</source>
        <translation>Das schattierte Band ist der übliche Bereich für diesen Zeitraum; Eingabe zeigt einen Input auf der Arbeitsfläche.</translation>
    </message>
    <message>
        <source>Why it moved</source>
        <translation>Warum es sich bewegt hat</translation>
    </message>
    <message>
        <source>Work and movement</source>
        <translation>Maßnahmen und Bewegung</translation>
    </message>
    <message>
        <source>Each chart: the periods before launch (grey) with their trend, the trend carried on (dashed) and what came after launch (blue).</source>
        <translation>Jedes Diagramm: die Zeiträume vor dem Start (grau) mit ihrem Trend, der fortgesetzte Trend (gestrichelt) und was nach dem Start kam (blau).</translation>
    </message>
    <message>
        <source>To act on</source>
        <translation>Zu tun</translation>
    </message>
    <message>
        <source>Enter or double-click shows it on the canvas, with its chart.</source>
        <translation>Eingabe oder Doppelklick zeigt es auf der Arbeitsfläche, mit seinem Diagramm.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Annotations around this period</source>
        <translation>Anmerkungen rund um diesen Zeitraum</translation>
    </message>
    <message>
        <source>There is no tree to review.</source>
        <translation>Es gibt keinen Baum zum Prüfen.</translation>
    </message>
    <message>
        <source>%1 · %2 · data through %3</source>
        <translation>%1 · %2 · Daten bis %3</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>◀  Previous Month</source>
        <translation>◀  Vorheriger Monat</translation>
    </message>
    <message>
        <source>◀  Previous Week</source>
        <translation>◀  Vorherige Woche</translation>
    </message>
    <message>
        <source>Next Month  ▶</source>
        <translation>Nächster Monat  ▶</translation>
    </message>
    <message>
        <source>Next Week  ▶</source>
        <translation>Nächste Woche  ▶</translation>
    </message>
    <message>
        <source>Previous %1 (Alt+Left or [)</source>
        <translation>Vorherige(r) %1 (Alt+Links oder [)</translation>
    </message>
    <message>
        <source>Next %1 (Alt+Right or ])</source>
        <translation>Nächste(r) %1 (Alt+Rechts oder ])</translation>
    </message>
</context>
<context>
    <name>NorthStar::ReviewWaterfall</name>
    <message>
        <source>Nothing is attributed: the North Star is neither a formula of its inputs nor linked to them with a leverage. The inputs moved:</source>
        <translation>Nichts wird zugeordnet: Der North Star ist weder eine Formel seiner Inputs noch über eine Hebelwirkung mit ihnen verbunden. Die Inputs bewegten sich:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: no change</source>
        <translation>%1: keine Änderung</translation>
    </message>
    <message>
        <source>not explained %1</source>
        <translation>nicht erklärt %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Why it moved</source>
        <translation>Warum es sich bewegt hat</translation>
    </message>
    <message>
        <source>Top segments</source>
        <translation>Wichtigste Segmente</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vormonat</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>No change to explain: the period before has no value.</source>
        <translation>Keine Änderung zu erklären: Der Zeitraum davor hat keinen Wert.</translation>
    </message>
    <message>
        <source>The North Star has no inputs to explain its change.</source>
        <translation>Der North Star hat keine Inputs, die seine Änderung erklären.</translation>
    </message>
    <message>
        <source>Not explained by the inputs</source>
        <translation>Nicht durch die Inputs erklärt</translation>
    </message>
    <message>
        <source>Without a leverage, not part of the split: %1.</source>
        <translation>Ohne Hebelwirkung, nicht Teil der Aufteilung: %1.</translation>
    </message>
    <message>
        <source>Segments that pulled it up</source>
        <translation>Segmente, die ihn nach oben zogen</translation>
    </message>
    <message>
        <source>Segments that pulled it down</source>
        <translation>Segmente, die ihn nach unten zogen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 = %2: %3 of %4</source>
        <translation>%1 = %2: %3 von %4</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>NorthStar::ReviewWorkChart</name>
    <message>
        <source>No periods to show yet</source>
        <translation>Noch keine Zeiträume zum Anzeigen</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>NorthStar::ReviewWorkList</name>
    <message>
        <source>no expected impact set</source>
        <translation>keine erwartete Wirkung gesetzt</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <source>%1, measured %2 against the trend</source>
        <translation>%1, gemessen %2 gegenüber dem Trend</translation>
    </message>
    <message>
        <source>Nothing shipped by the end of this period.</source>
        <translation>Bis zum Ende dieses Zeitraums wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>on %1, shipped %2</source>
        <translation>auf %1, gestartet am %2</translation>
    </message>
</context>
<context>
    <name>NorthStar::Slide</name>
    <message>
        <source>%1 game</source>
        <translation>Spiel: %1</translation>
    </message>
    <message>
        <source>Guardrail: %1</source>
        <translation>Leitplanken-Metrik: %1</translation>
    </message>
    <message>
        <source>Numbers: %1, the latest complete period</source>
        <translation>Zahlen: %1, der letzte vollständige Zeitraum</translation>
    </message>
    <message>
        <source>North Star tree</source>
        <translation>North-Star-Baum</translation>
    </message>
</context>
<context>
    <name>NorthStar::StartPage</name>
    <message>
        <source>North Star Studio</source>
        <translation>North Star Studio</translation>
    </message>
    <message>
        <source>Find the one metric that captures the value your customers get, the inputs that drive it, and the work that moves them.</source>
        <translation>Finden Sie die eine Metrik, die den Wert für Ihre Kunden erfasst, die Inputs, die sie treiben, und die Maßnahmen, die diese bewegen.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>No recent workspaces yet.</source>
        <translation>Noch keine zuletzt geöffneten Arbeitsbereiche.</translation>
    </message>
</context>
<context>
    <name>NorthStar::StartWorkshopDialog</name>
    <message>
        <source>Start Workshop</source>
        <translation>Workshop starten</translation>
    </message>
    <message>
        <source>Edit Agenda</source>
        <translation>Agenda bearbeiten</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Punkte pro Person:</translation>
    </message>
    <message>
        <source>&amp;Start Workshop</source>
        <translation>Workshop &amp;starten</translation>
    </message>
    <message>
        <source>Save Agenda</source>
        <translation>Agenda speichern</translation>
    </message>
    <message>
        <source>Removing a step also removes the votes the room gave in it.</source>
        <translation>Beim Entfernen eines Schritts werden auch die Stimmen entfernt, die der Raum darin abgegeben hat.</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <source>Step %1 has no title: give it one (the room sees it) or remove it.</source>
        <translation>Schritt %1 hat keinen Titel: Geben Sie ihm einen (der Raum sieht ihn) oder entfernen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>NorthStar::StepBoard</name>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <source>No definition</source>
        <translation>Keine Definition</translation>
    </message>
    <message>
        <source>Drives nothing</source>
        <translation>Zahlt auf nichts ein</translation>
    </message>
</context>
<context>
    <name>NorthStar::StickinessChart</name>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>(partial)</source>
        <translation>(unvollständig)</translation>
    </message>
    <message>
        <source>%1 active users</source>
        <translation>%1 aktive Nutzer</translation>
    </message>
    <message>
        <source>mean %1 active days</source>
        <translation>im Mittel %1 aktive Tage</translation>
    </message>
    <message>
        <source>partial period: the data cover only part of it</source>
        <translation>unvollständiger Zeitraum: Die Daten decken nur einen Teil davon ab</translation>
    </message>
</context>
<context>
    <name>NorthStar::StickinessView</name>
    <message>
        <source>Active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <source>users by active days in the week</source>
        <translation>Nutzer nach aktiven Tagen pro Woche</translation>
    </message>
    <message>
        <source>users by active days in the month</source>
        <translation>Nutzer nach aktiven Tagen pro Monat</translation>
    </message>
    <message>
        <source>users by active days</source>
        <translation>Nutzer nach aktiven Tagen</translation>
    </message>
    <message>
        <source>Active on exactly %1 days</source>
        <translation>An genau %1 Tagen aktiv</translation>
    </message>
    <message>
        <source>Active on exactly 1 day</source>
        <translation>An genau 1 Tag aktiv</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
</context>
<context>
    <name>NorthStar::Storage</name>
    <message>
        <source>No migration to schema version %1.</source>
        <translation>Keine Migration auf Schemaversion %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The SQL statement is empty.</source>
        <translation>Die SQL-Anweisung ist leer.</translation>
    </message>
    <message>
        <source>Only one SQL statement can be prepared at a time: &quot;%1&quot;</source>
        <translation>Es kann nur eine SQL-Anweisung auf einmal vorbereitet werden: „%1“</translation>
    </message>
    <message>
        <source>The file&apos;s schema version %1 is newer than this version of North Star Studio knows (%2).</source>
        <translation>Die Schemaversion %1 der Datei ist neuer als die, die diese Version von North Star Studio kennt (%2).</translation>
    </message>
    <message>
        <source>%1 is in use by another program (%2). Try again once it is done.</source>
        <translation>%1 wird gerade von einem anderen Programm verwendet (%2). Versuchen Sie es erneut, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Check the file&apos;s permissions, or save a copy elsewhere.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Prüfen Sie die Zugriffsrechte der Datei, oder speichern Sie eine Kopie an einem anderen Ort.</translation>
    </message>
    <message>
        <source>Cannot bind parameter %1 of &quot;%2&quot;: %3</source>
        <translation>Parameter %1 von „%2“ kann nicht gebunden werden: %3</translation>
    </message>
    <message>
        <source>Undoing the unfinished changes failed: %1</source>
        <translation>Das Rückgängigmachen der unvollständigen Änderungen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full or the file too large (%2). Free some space and try again.</source>
        <translation>%1 kann nicht geschrieben werden: der Datenträger ist voll oder die Datei zu groß (%2). Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Open a backup copy.</source>
        <translation>%1 ist beschädigt (%2). Öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to version %2 failed: %3</source>
        <translation>Die Aktualisierung von %1 auf Version %2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>NorthStar::Templates</name>
    <message>
        <source>Airbnb</source>
        <translation>Airbnb</translation>
    </message>
    <message>
        <source>Two-sided marketplace; North Star: nights booked</source>
        <translation>Zweiseitiger Marktplatz; North Star: gebuchte Nächte</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Team communication; North Star: messages sent</source>
        <translation>Teamkommunikation; North Star: gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Spotify</source>
        <translation>Spotify</translation>
    </message>
    <message>
        <source>Audio streaming; North Star: time spent listening</source>
        <translation>Audio-Streaming; North Star: Hördauer</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>Product analytics; North Star: weekly learning users</source>
        <translation>Produktanalyse; North Star: wöchentlich lernende Nutzer</translation>
    </message>
    <message>
        <source>Professional network</source>
        <translation>Berufliches Netzwerk</translation>
    </message>
    <message>
        <source>Social network for work; North Star: weekly meaningful connections</source>
        <translation>Soziales Netzwerk für den Beruf; North Star: wöchentliche bedeutsame Kontakte</translation>
    </message>
    <message>
        <source>Attention game</source>
        <translation>Aufmerksamkeitsspiel</translation>
    </message>
    <message>
        <source>Starter for products that win on time spent (media, content, games)</source>
        <translation>Vorlage für Produkte, die über verbrachte Zeit gewinnen (Medien, Inhalte, Spiele)</translation>
    </message>
    <message>
        <source>Transaction game</source>
        <translation>Transaktionsspiel</translation>
    </message>
    <message>
        <source>Starter for products that win on purchases (e-commerce, marketplaces)</source>
        <translation>Vorlage für Produkte, die über Käufe gewinnen (E-Commerce, Marktplätze)</translation>
    </message>
    <message>
        <source>Productivity game</source>
        <translation>Produktivitätsspiel</translation>
    </message>
    <message>
        <source>Starter for products that win on work done (B2B SaaS, collaboration)</source>
        <translation>Vorlage für Produkte, die über erledigte Arbeit gewinnen (B2B-SaaS, Zusammenarbeit)</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;. Templates: %2.</source>
        <translation>Es gibt keine Vorlage „%1“. Vorlagen: %2.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is missing from this build.</source>
        <translation>Die Vorlage „%1“ fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is not valid JSON (offset %2: %3).</source>
        <translation>Die Vorlage „%1“ ist kein gültiges JSON (Position %2: %3).</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Vorlage „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>North Star Metric</source>
        <translation>North Star Metric</translation>
    </message>
</context>
<context>
    <name>NorthStar::TimeZoneCombo</name>
    <message>
        <source>Search, e.g. Berlin</source>
        <translation>Suchen, z. B. Berlin</translation>
    </message>
</context>
<context>
    <name>NorthStar::TreeDiff</name>
    <message>
        <source>North Star</source>
        <translation>North Star</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>work item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>(from %1 on %2)</source>
        <translation>(von %1 am %2)</translation>
    </message>
    <message>
        <source>Removed %1 %2</source>
        <translation>%1 %2 entfernt</translation>
    </message>
    <message>
        <source>Added %1 %2</source>
        <translation>%1 %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Added %1 %2 under %3</source>
        <translation>%1 %2 unter %3 hinzugefügt</translation>
    </message>
    <message>
        <source>Renamed %1 %2 to %3</source>
        <translation>%1 %2 in %3 umbenannt</translation>
    </message>
    <message>
        <source>Changed %1 from %2 to %3</source>
        <translation>%1 von %2 zu %3 geändert</translation>
    </message>
    <message>
        <source>Dimension of %1: %2 → %3</source>
        <translation>Dimension von %1: %2 → %3</translation>
    </message>
    <message>
        <source>Status of %1: %2 → %3</source>
        <translation>Status von %1: %2 → %3</translation>
    </message>
    <message>
        <source>Ship date of %1: %2 → %3</source>
        <translation>Starttermin von %1: %2 → %3</translation>
    </message>
    <message>
        <source>Target of %1: %2 → %3</source>
        <translation>Ziel von %1: %2 → %3</translation>
    </message>
    <message>
        <source>Connected %1 to %2</source>
        <translation>%1 mit %2 verbunden</translation>
    </message>
    <message>
        <source>Disconnected %1 from %2</source>
        <translation>%1 von %2 getrennt</translation>
    </message>
    <message>
        <source>Moved %1 from %2 to %3</source>
        <translation>%1 von %2 nach %3 verschoben</translation>
    </message>
    <message>
        <source>Leverage of %1 → %2: %3 → %4</source>
        <translation>Hebelwirkung von %1 → %2: %3 → %4</translation>
    </message>
    <message>
        <source>Confidence in %1: %2 → %3</source>
        <translation>Zuversicht bei %1: %2 → %3</translation>
    </message>
    <message>
        <source>Confidence in the link %1 → %2: %3 → %4</source>
        <translation>Zuversicht bei der Verbindung %1 → %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>NorthStar::TreeExporter</name>
    <message>
        <source>North Star Metric tree exported from North Star Studio</source>
        <translation>North-Star-Metric-Baum, exportiert aus North Star Studio</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: unknown image format &quot;%2&quot;. Use a file name ending in .png, .svg or .pdf.</source>
        <translation>Export nach „%1“ nicht möglich: unbekanntes Bildformat „%2“. Verwenden Sie einen Dateinamen mit der Endung .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>(no suffix)</source>
        <translation>(keine Endung)</translation>
    </message>
    <message>
        <source>Cannot export: the workspace has no tree with id %1.</source>
        <translation>Export nicht möglich: Der Arbeitsbereich hat keinen Baum mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot export the tree &quot;%1&quot;: it has no cards yet. Add its North Star Metric first.</source>
        <translation>Der Baum „%1“ kann nicht exportiert werden: Er hat noch keine Karten. Fügen Sie zuerst seine North Star Metric hinzu.</translation>
    </message>
    <message>
        <source>Cannot lay out the tree &quot;%1&quot;: %2</source>
        <translation>Der Baum „%1“ kann nicht angeordnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the image &quot;%1&quot;: painting it failed.</source>
        <translation>Das Bild „%1“ kann nicht geschrieben werden: das Zeichnen ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>NorthStar::TreeFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: this is not valid JSON (%2).</source>
        <translation>%1: Das ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>%1: this is not a regular file (a folder, pipe or device).</source>
        <translation>%1: Das ist keine normale Datei (ein Ordner, eine Pipe oder ein Gerät).</translation>
    </message>
    <message>
        <source>%1: this file is too large for a tree file.</source>
        <translation>%1: Diese Datei ist zu groß für eine Baumdatei.</translation>
    </message>
</context>
<context>
    <name>NorthStar::TreeVersions</name>
    <message>
        <source>The version &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Version „%1“ ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>it is not a tree</source>
        <translation>sie ist kein Baum</translation>
    </message>
</context>
<context>
    <name>NorthStar::Types</name>
    <message>
        <source>North Star</source>
        <translation>North Star</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>No dimension</source>
        <translation>Keine Dimension</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Produktivität</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Does it express the value customers get?</source>
        <translation>Drückt sie den Wert aus, den Kunden erhalten?</translation>
    </message>
    <message>
        <source>Does it represent the product&apos;s vision and strategy?</source>
        <translation>Bildet sie Vision und Strategie des Produkts ab?</translation>
    </message>
    <message>
        <source>Is it a leading indicator of revenue?</source>
        <translation>Ist sie ein Frühindikator für Umsatz?</translation>
    </message>
    <message>
        <source>Is it actionable by the team?</source>
        <translation>Kann das Team sie beeinflussen?</translation>
    </message>
    <message>
        <source>Is it understandable by everyone?</source>
        <translation>Ist sie für alle verständlich?</translation>
    </message>
    <message>
        <source>Is it measurable?</source>
        <translation>Ist sie messbar?</translation>
    </message>
    <message>
        <source>Is it free of vanity (not a number that only looks good)?</source>
        <translation>Ist sie frei von Eitelkeit (keine Zahl, die nur gut aussieht)?</translation>
    </message>
    <message>
        <source>Stress test: could it double without customers getting more value?</source>
        <translation>Stresstest: Könnte sie sich verdoppeln, ohne dass Kunden mehr Wert erhalten?</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht eingeschätzt</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>Hohe Zuversicht</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Mittlere Zuversicht</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Geringe Zuversicht</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Placed on the tree</source>
        <translation>Im Baum platziert</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>NorthStar::VersionView</name>
    <message>
        <source>Saved version (read-only)</source>
        <translation>Gespeicherte Version (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>NorthStar::VersionsPanel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Save V&amp;ersion…</source>
        <translation>Version &amp;speichern…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Keep the tree as it is now under a name, to compare with and restore later</source>
        <translation>Den Baum in seinem jetzigen Stand unter einem Namen festhalten, um später damit zu vergleichen und ihn wiederherzustellen</translation>
    </message>
    <message>
        <source>Com&amp;pare Versions…</source>
        <translation>Versionen vergle&amp;ichen…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Mark on the canvas what changed between two versions, or a version and now</source>
        <translation>Auf der Arbeitsfläche markieren, was sich zwischen zwei Versionen oder zwischen einer Version und jetzt geändert hat</translation>
    </message>
    <message>
        <source>Stop Comparin&amp;g</source>
        <translation>Ve&amp;rgleich beenden</translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>Back to the tree without marks</source>
        <translation>Zurück zum Baum ohne Markierungen</translation>
    </message>
    <message>
        <source>&amp;Restore Version…</source>
        <translation>Version &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Give the tree the content of the selected version (Undo takes it back)</source>
        <translation>Den Inhalt der ausgewählten Version in den Baum übernehmen (Rückgängig nimmt das zurück)</translation>
    </message>
    <message>
        <source>Rename Version…</source>
        <translation>Version umbenennen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected version</source>
        <translation>Die ausgewählte Version umbenennen</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected version (Undo brings it back)</source>
        <translation>Die ausgewählte Version löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Compare with Now</source>
        <translation>Mit „Jetzt“ vergleichen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No tree is open.</source>
        <translation>Es ist kein Baum geöffnet.</translation>
    </message>
    <message>
        <source>No saved versions of &quot;%1&quot; yet. Save one (Ctrl+Alt+S) before the room changes the tree, to compare and restore later.</source>
        <translation>Noch keine gespeicherten Versionen von „%1“. Speichern Sie eine (Ctrl+Alt+S), bevor die Gruppe den Baum ändert, um später vergleichen und wiederherstellen zu können.</translation>
    </message>
    <message>
        <source>Stopped comparing: a compared version was deleted.</source>
        <translation>Vergleich beendet: Eine verglichene Version wurde gelöscht.</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>&amp;Name of the version of &quot;%1&quot;:</source>
        <translation>&amp;Name der Version von „%1“:</translation>
    </message>
    <message>
        <source>Saved the version &quot;%1&quot;.</source>
        <translation>Version „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Rename Version</source>
        <translation>Version umbenennen</translation>
    </message>
    <message>
        <source>&amp;New name of the version:</source>
        <translation>&amp;Neuer Name der Version:</translation>
    </message>
    <message>
        <source>Deleted the version &quot;%1&quot;. Undo (Ctrl+Z) brings it back.</source>
        <translation>Version „%1“ gelöscht. Rückgängig (Ctrl+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <source>Give the tree &quot;%1&quot; the content of the version &quot;%2&quot;?</source>
        <translation>Den Inhalt der Version „%2“ in den Baum „%1“ übernehmen?</translation>
    </message>
    <message>
        <source>Its nodes, links, candidates, votes and parking lot become the version&apos;s. Undo (Ctrl+Z) takes the whole restore back.</source>
        <translation>Knoten, Verbindungen, Kandidaten, Stimmen und Themenspeicher des Baums werden durch die der Version ersetzt. Rückgängig (Ctrl+Z) nimmt die gesamte Wiederherstellung zurück.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot restore the version</source>
        <translation>Version kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored the version &quot;%1&quot;. Undo (Ctrl+Z) takes it back.</source>
        <translation>Version „%1“ wiederhergestellt. Rückgängig (Ctrl+Z) nimmt das zurück.</translation>
    </message>
    <message>
        <source>There is no such version.</source>
        <translation>Diese Version gibt es nicht.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Comparing %1 → %2</source>
        <translation>Vergleich %1 → %2</translation>
    </message>
    <message>
        <source>Saved version %1, read-only: compared with %2. Escape or Stop Comparing goes back to the tree.</source>
        <translation>Gespeicherte Version %1, schreibgeschützt, im Vergleich zu %2. Esc oder „Vergleich beenden“ führt zurück zum Baum.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>No changes: both are the same tree.</source>
        <translation>Keine Änderungen: Beide sind derselbe Baum.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s). Enter on one selects and centres it on the canvas.</source>
        <translation>
            <numerusform>%n Änderung. Enter auf einer Änderung wählt sie aus und zentriert sie auf der Arbeitsfläche.</numerusform>
            <numerusform>%n Änderungen. Enter auf einer Änderung wählt sie aus und zentriert sie auf der Arbeitsfläche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NorthStar::VoteCell</name>
    <message>
        <source>The room&apos;s dots: + adds one, − takes one away, 0–9 set them</source>
        <translation>Die Punkte der Gruppe: + fügt einen hinzu, − nimmt einen weg, 0–9 setzt die Anzahl</translation>
    </message>
    <message>
        <source>Take a dot away</source>
        <translation>Einen Punkt wegnehmen</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>Einen Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>tied %1.</source>
        <translation>gleichauf %1.</translation>
    </message>
    <message>
        <source>no dots</source>
        <translation>keine Punkte</translation>
    </message>
</context>
<context>
    <name>NorthStar::VoteKeys</name>
    <message>
        <source>%1: no dots</source>
        <translation>%1: keine Punkte</translation>
    </message>
    <message>
        <source>%1: 1 dot</source>
        <translation>%1: 1 Punkt</translation>
    </message>
    <message>
        <source>%1: %2 dots</source>
        <translation>%1: %2 Punkte</translation>
    </message>
</context>
<context>
    <name>NorthStar::VoteTally</name>
    <message>
        <source>tied %1.</source>
        <translation>gleichauf %1.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>NorthStar::VoteTallyStrip</name>
    <message>
        <source>1 dot placed</source>
        <translation>1 Punkt vergeben</translation>
    </message>
    <message>
        <source>%1 dots placed</source>
        <translation>%1 Punkte vergeben</translation>
    </message>
    <message>
        <source>%1 (set the room&apos;s size to see its budget)</source>
        <translation>%1 (legen Sie die Gruppengröße fest, um das Punktebudget zu sehen)</translation>
    </message>
    <message>
        <source>%1 of %2 dots placed: %3 more than the room has</source>
        <translation>%1 von %2 Punkten vergeben: %3 mehr, als die Gruppe hat</translation>
    </message>
    <message>
        <source>%1 of %2 dots placed · %3 left</source>
        <translation>%1 von %2 Punkten vergeben · %3 übrig</translation>
    </message>
    <message>
        <source>Dot voting on candidates</source>
        <translation>Punktabfrage zu Kandidaten</translation>
    </message>
    <message>
        <source>Dot voting on inputs</source>
        <translation>Punktabfrage zu Inputs</translation>
    </message>
    <message>
        <source>Dot voting on work items</source>
        <translation>Punktabfrage zu Maßnahmen</translation>
    </message>
    <message>
        <source>+ / − / 0–9: dots on a candidate (Candidates panel)</source>
        <translation>+ / − / 0–9: Punkte für einen Kandidaten (Bereich „Kandidaten“)</translation>
    </message>
    <message>
        <source>+ / − / 0–9: dots on the selected card</source>
        <translation>+ / − / 0–9: Punkte für die ausgewählte Karte</translation>
    </message>
    <message>
        <source>+ (or =) adds a dot, − takes one away, a digit sets the count; Ctrl+Z undoes</source>
        <translation>+ (oder =) fügt einen Punkt hinzu, − nimmt einen weg, eine Ziffer setzt die Anzahl; Ctrl+Z macht rückgängig</translation>
    </message>
    <message>
        <source>Leading: %1 (%2)</source>
        <translation>Vorne: %1 (%2)</translation>
    </message>
    <message>
        <source>Tied for 1.: %1 (%2 each)</source>
        <translation>Gleichstand auf Platz 1: %1 (je %2)</translation>
    </message>
</context>
<context>
    <name>NorthStar::Warehouse</name>
    <message>
        <source>The %1 column is empty: give a column name.</source>
        <translation>Die Spalte für %1 ist leer: Geben Sie einen Spaltennamen an.</translation>
    </message>
    <message>
        <source>The table name is empty: give the raw events table, e.g. analytics.events.</source>
        <translation>Der Tabellenname ist leer: Geben Sie die Tabelle der Rohereignisse an, z. B. analytics.events.</translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; has %2 parts; %3 names a table with at most %4 (%5).</source>
        <translation>Der Tabellenname „%1“ hat %2 Teile; %3 benennt eine Tabelle mit höchstens %4 (%5).</translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; has an empty part between its dots.</source>
        <translation>Der Tabellenname „%1“ hat einen leeren Teil zwischen seinen Punkten.</translation>
    </message>
    <message>
        <source>Redshift runs the postgresql query with two lines changed: use --engine postgresql and change them as its comment says (docs/warehouse.md).</source>
        <translation>Redshift führt die postgresql-Abfrage mit zwei geänderten Zeilen aus: Verwenden Sie --engine postgresql und ändern Sie diese Zeilen, wie es der Kommentar in der Abfrage beschreibt (docs/warehouse.md).</translation>
    </message>
    <message>
        <source>Unknown engine &quot;%1&quot;. Engines: %2.</source>
        <translation>Unbekannte Engine „%1“. Engines: %2.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>The attribute &quot;%1&quot; has the name of a rollup column (%2): rename it in a view first.</source>
        <translation>Das Attribut „%1“ trägt den Namen einer Spalte des Tagesaggregats (%2): Benennen Sie es zuerst in einer View um.</translation>
    </message>
    <message>
        <source>The attribute &quot;%1&quot; is given twice.</source>
        <translation>Das Attribut „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timezone: give an IANA id such as UTC, Europe/Berlin or America/Los_Angeles.</source>
        <translation>„%1“ ist keine Zeitzone: Geben Sie eine IANA-ID wie UTC, Europe/Berlin oder America/Los_Angeles an.</translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not a date: give it as YYYY-MM-DD.</source>
        <translation>--since &quot;%1&quot; ist kein Datum: Geben Sie es als YYYY-MM-DD an.</translation>
    </message>
    <message>
        <source>The template closes {{/%1}}, which is not open.</source>
        <translation>Die Vorlage schließt den Block {{/%1}}, der nicht geöffnet ist.</translation>
    </message>
    <message>
        <source>The template leaves {{#%1}} open.</source>
        <translation>Die Vorlage lässt den Block {{#%1}} offen.</translation>
    </message>
    <message>
        <source>The template has a block {{#%1}} that is not one of since, any_attributes, attributes (not nested).</source>
        <translation>Die Vorlage enthält einen Block {{#%1}}, der nicht zu since, any_attributes, attributes gehört (nicht verschachtelt).</translation>
    </message>
    <message>
        <source>The template uses {{%1}}, which has no value here.</source>
        <translation>Die Vorlage verwendet {{%1}}, das hier keinen Wert hat.</translation>
    </message>
</context>
<context>
    <name>NorthStar::WhatIfPanel</name>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Veränderung %</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>If &amp;input:</source>
        <translation>Wenn &amp;Input:</translation>
    </message>
    <message>
        <source>&amp;Moves by:</source>
        <translation>&amp;Veränderung:</translation>
    </message>
    <message>
        <source>Open a workspace with imported data to ask what-if questions.</source>
        <translation>Öffnen Sie einen Arbeitsbereich mit importierten Daten, um Was-wäre-wenn-Fragen zu stellen.</translation>
    </message>
    <message>
        <source>Give an input of this tree a computation (Properties → Computation) to ask what-if questions about it.</source>
        <translation>Geben Sie einem Input dieses Baums eine Berechnung (Eigenschaften → Berechnung), um Was-wäre-wenn-Fragen dazu zu stellen.</translation>
    </message>
    <message>
        <source>No answer for this input.</source>
        <translation>Keine Antwort für diesen Input.</translation>
    </message>
    <message>
        <source>This tree has no North Star to move.</source>
        <translation>Dieser Baum hat keinen North Star, der sich bewegen könnte.</translation>
    </message>
    <message>
        <source>If %1 moves %2, %3 does not move: no link with a leverage leads from it to the North Star.</source>
        <translation>Wenn sich %1 um %2 bewegt, bewegt sich %3 nicht: Keine Verbindung mit Hebelwirkung führt von dort zum North Star.</translation>
    </message>
    <message>
        <source>If %1 moves %2, %3 moves by ≈ &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation>Wenn sich %1 um %2 bewegt, bewegt sich %3 um ≈ &lt;b&gt;%4&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>If %1 moves %2, %3 moves by &lt;b&gt;less than 0.1%&lt;/b&gt; (≈ %4).</source>
        <translation>Wenn sich %1 um %2 bewegt, bewegt sich %3 um &lt;b&gt;weniger als 0,1 %&lt;/b&gt; (≈ %4).</translation>
    </message>
    <message>
        <source>If %1 moves %2, %3 moves by &lt;b&gt;%4&lt;/b&gt; (≈ %5).</source>
        <translation>Wenn sich %1 um %2 bewegt, bewegt sich %3 um &lt;b&gt;%4&lt;/b&gt; (≈ %5).</translation>
    </message>
    <message>
        <source>No leverage on %1: these links pass nothing on. Click one to set its leverage in Properties.</source>
        <translation>Keine Hebelwirkung auf %1: Diese Verbindungen geben nichts weiter. Klicken Sie auf eine, um ihre Hebelwirkung unter Eigenschaften festzulegen.</translation>
    </message>
</context>
<context>
    <name>NorthStar::WholeFile</name>
    <message>
        <source>Cannot write &quot;%1&quot;: it is not a regular file (a folder, pipe or device).</source>
        <translation>„%1“ kann nicht geschrieben werden: es ist keine normale Datei (ein Ordner, eine Pipe oder ein Gerät).</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>NorthStar::WorkshopBar</name>
    <message>
        <source>What the room decided in this step</source>
        <translation>Was der Raum in diesem Schritt entschieden hat</translation>
    </message>
    <message>
        <source>Decisions in this step</source>
        <translation>Entscheidungen in diesem Schritt</translation>
    </message>
    <message>
        <source>De&amp;cisions:</source>
        <translation>Ents&amp;cheidungen:</translation>
    </message>
    <message>
        <source>%1 · Step %2 of %3</source>
        <translation>%1 · Schritt %2 von %3</translation>
    </message>
    <message>
        <source>+%1 over</source>
        <translation>+%1 darüber</translation>
    </message>
    <message>
        <source>%1 min planned</source>
        <translation>%1 min geplant</translation>
    </message>
    <message>
        <source>left of %1 min</source>
        <translation>übrig von %1 min</translation>
    </message>
</context>
<context>
    <name>NorthStar::WorkspaceFile</name>
    <message>
        <source>cannot read the model (%1)</source>
        <translation>das Modell kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>node %1 has an unknown kind &quot;%2&quot;</source>
        <translation>Knoten %1 hat eine unbekannte Art „%2“</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not changed. Open a backup copy, or ask whoever sent it for a new copy.</source>
        <translation>%1 ist beschädigt (%2). Die Datei wurde nicht verändert. Öffnen Sie eine Sicherungskopie oder bitten Sie den Absender um eine neue Kopie.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the name and folder, or open another workspace.</source>
        <translation>%1 existiert nicht. Prüfen Sie Namen und Ordner oder öffnen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 cannot be read (check that it is a file and its permissions).</source>
        <translation>%1 kann nicht gelesen werden (prüfen Sie, ob es eine Datei ist, und ihre Berechtigungen).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a North Star workspace. Open a *.northstar file or a backup copy.</source>
        <translation>%1 ist leer und damit kein North-Star-Arbeitsbereich. Öffnen Sie eine *.northstar-Datei oder eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is not a North Star workspace (it is not an SQLite file). Open a *.northstar file, or import CSV data with File &gt; Import.</source>
        <translation>%1 ist kein North-Star-Arbeitsbereich (keine SQLite-Datei). Öffnen Sie eine *.northstar-Datei oder importieren Sie CSV-Daten über Datei &gt; Daten importieren.</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a North Star workspace. Open a *.northstar file, or import CSV data with File &gt; Import.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein North-Star-Arbeitsbereich. Öffnen Sie eine *.northstar-Datei oder importieren Sie CSV-Daten über Datei &gt; Daten importieren.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of North Star Studio (file format %2; this version reads up to %3). Update North Star Studio to open it.</source>
        <translation>%1 wurde mit einer neueren Version von North Star Studio gespeichert (Dateiformat %2; diese Version liest bis %3). Aktualisieren Sie North Star Studio, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>sie hat keine Schemaversion</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot copy the workspace to %1: %2</source>
        <translation>Der Arbeitsbereich kann nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>%1 returned nothing</source>
        <translation>%1 hat nichts zurückgegeben</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a North Star workspace.</source>
        <translation>%1 ist kein North-Star-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is not a North Star workspace (%2).</source>
        <translation>%1 ist kein North-Star-Arbeitsbereich (%2).</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of North Star Studio; update to read it.</source>
        <translation>%1 wurde mit einer neueren Version von North Star Studio gespeichert; aktualisieren Sie, um die Datei zu lesen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (check the folder&apos;s permissions).</source>
        <translation>%1 kann nicht geschrieben werden: %2 (prüfen Sie die Zugriffsrechte des Ordners).</translation>
    </message>
    <message>
        <source>%1 was left half-written by an interrupted import or save, and cannot be restored here (%2). Open it where its folder can be written.</source>
        <translation>%1 wurde von einem unterbrochenen Import oder Speichern halb geschrieben und kann hier nicht wiederhergestellt werden (%2). Öffnen Sie die Datei dort, wo ihr Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 is not a workspace file (it is a folder or a device).</source>
        <translation>%1 ist keine Arbeitsbereichsdatei (es ist ein Ordner oder ein Gerät).</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no schema version. Open a backup copy.</source>
        <translation>%1 ist beschädigt: die Datei hat keine Schemaversion. Öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>tree %1 has an unknown guardrail side &quot;%2&quot;</source>
        <translation>Baum %1 hat eine unbekannte Seite der Leitplanke „%2“</translation>
    </message>
    <message>
        <source>tree %1 has a guardrail side but no bound</source>
        <translation>Baum %1 hat eine Seite der Leitplanke, aber keine Grenze</translation>
    </message>
    <message>
        <source>workshop %1 has no steps</source>
        <translation>Workshop %1 hat keine Schritte</translation>
    </message>
</context>
<context>
    <name>RejectedRowsDialog</name>
    <message>
        <source>Wrong number of fields</source>
        <translation>Falsche Anzahl Felder</translation>
    </message>
    <message>
        <source>No user id</source>
        <translation>Keine Nutzer-ID</translation>
    </message>
    <message>
        <source>Unreadable time</source>
        <translation>Unlesbare Zeit</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Keine Zahl</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>ganze Zeile</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unreadable date</source>
        <translation>Unlesbares Datum</translation>
    </message>
    <message>
        <source>Not an event count</source>
        <translation>Keine gültige Anzahl der Ereignisse</translation>
    </message>
    <message>
        <source>No event name</source>
        <translation>Kein Ereignisname</translation>
    </message>
</context>
<context>
    <name>RowError</name>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>%1 Felder statt %2</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>the row has %1; check for an unquoted delimiter in a value.</source>
        <translation>die Zeile hat %1; prüfen Sie, ob ein Wert ein Trennzeichen ohne Anführungszeichen enthält.</translation>
    </message>
    <message>
        <source>the user id is empty; the row is skipped.</source>
        <translation>die Nutzer-ID ist leer; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>the time is empty.</source>
        <translation>die Zeit ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the format %2.</source>
        <translation>„%1“ ist keine Zeit im Format %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>the date is empty.</source>
        <translation>das Datum ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2024-03-31 (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum wie 2024-03-31 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count of events (a whole number from 1).</source>
        <translation>„%1“ ist keine Anzahl der Ereignisse (eine ganze Zahl ab 1).</translation>
    </message>
    <message>
        <source>the event name is empty; the row is skipped.</source>
        <translation>der Ereignisname ist leer; die Zeile wird übersprungen.</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8, utf-16, latin-1 or windows-1252.</source>
        <translation>Unbekannte Kodierung „%1“: Verwenden Sie utf-8, utf-16, latin-1 oder windows-1252.</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>Time format &quot;%1&quot;: %2</source>
        <translation>Zeitformat „%1“: %2</translation>
    </message>
</context>
<context>
    <name>TimeFormatDetector</name>
    <message>
        <source>The time column has no values.</source>
        <translation>Die Zeitspalte hat keine Werte.</translation>
    </message>
    <message>
        <source>Times are written as %1.</source>
        <translation>Zeiten sind als %1 geschrieben.</translation>
    </message>
    <message>
        <source>Every date reads both month-first (%1) and day-first (%2); choose the time format.</source>
        <translation>Jedes Datum lässt sich mit Monat zuerst (%1) und mit Tag zuerst (%2) lesen; wählen Sie das Zeitformat.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a time in any format that also reads the values before it; give the time format.</source>
        <translation>Zeile %1: „%2“ ist in keinem Format eine Zeit, das auch die Werte davor liest; geben Sie das Zeitformat an.</translation>
    </message>
</context>
<context>
    <name>TimeParser</name>
    <message>
        <source>a quote (&apos;) is never closed.</source>
        <translation>ein Anführungszeichen (&apos;) wird nie geschlossen.</translation>
    </message>
    <message>
        <source>time zone names (t) are not supported; use iso for values with an offset.</source>
        <translation>Zeitzonennamen (t) werden nicht unterstützt; verwenden Sie iso für Werte mit Versatz.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported token (use d, dd, M, MM, yy, yyyy, H, HH, h, hh, m, mm, s, ss, z, zzz, AP).</source>
        <translation>„%1“ ist kein unterstütztes Kürzel (verwenden Sie d, dd, M, MM, yy, yyyy, H, HH, h, hh, m, mm, s, ss, z, zzz, AP).</translation>
    </message>
    <message>
        <source>a pattern needs a day (d), a month (M) and a year (yy or yyyy).</source>
        <translation>ein Muster braucht einen Tag (d), einen Monat (M) und ein Jahr (yy oder yyyy).</translation>
    </message>
</context>
</TS>
