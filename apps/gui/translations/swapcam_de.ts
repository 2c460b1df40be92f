<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>swapcam ersetzt Gesichter in Bildern, Videos und einer Live-Kamera. Verwenden Sie nur Gesichter von Personen, die zugestimmt haben, nutzen Sie die Ergebnisse nie, um jemanden zu täuschen, zu belästigen oder zu verleumden, und halten Sie sich an die Gesetze Ihres Landes. Ausgaben tragen eine Kennzeichnung, dass sie durch Gesichtstausch entstanden sind.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Ich stimme zu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>die Gesichtszuordnung braucht ein Bild oder Video als Ziel (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>die Gesichtszuordnung ist leer: Geben Sie mindestens einer Person ein Quellfoto</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>Gesichtszuordnung</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>Suche nach Gesichtern im Ziel…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>Person im Ziel</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>Quellfoto</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>Gesichter können nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>Kein Gesicht im Ziel gefunden.</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>Gefundene Personen: %1. Wählen Sie für jede Person, die getauscht werden soll, ein Quellfoto; Personen ohne Foto bleiben unverändert.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>Bilder und Videos (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Alle Dateien (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>Kein Gesicht getauscht: Das Ziel wurde unverändert nach %1 geschrieben</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>%1 von %2 Gesichtern getauscht: %3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>%1 Bilder (%2 mit Tausch) bei %3 fps mit %4: %5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>%1 Bilder und %2 Videos, %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::LiveWindow</name>
    <message>
        <source>swapcam live</source>
        <translation>swapcam live</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Virtuelle Kamera</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>Virtuelle Kamera (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>Kein virtuelles Kameragerät (v4l2loopback) gefunden</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>Quelle wechseln…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Quellfotos des Gesichts</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Live von %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>Neues Quellgesicht wird vorbereitet…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>Quelle nicht gewechselt: %1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>%1 fps ein, %2 fps aus · Latenz p50 %3 ms, p95 %4 ms · verworfen %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>Tausch</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>Quellgesicht</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Quellfotos des Gesichts</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>Bild, Video oder Ordner (oder auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>Bild/Video…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>Neben dem Ziel, mit angehängtem „_swapped“</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>Wählen Sie ein Quellgesicht und ein Ziel</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Original zeigen</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>Vorher/nachher: das Zielbild wie es ist oder getauscht</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>Bild %1 (%2 s)</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>Foto der Zielperson (Auswahl per Referenz)</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>Gesichter zuordnen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>Referenzgesicht</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>Gesichtszuordnung</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>automatisch (bester verfügbarer)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>Worauf die geladenen Modelle tatsächlich laufen: Ein fehlgeschlagener Provider fällt zurück, und automatische Genauigkeit wird je Provider aufgelöst</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Ausführungs-Provider</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>Inferenz-Threads</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>Eine Kamera oder eine Videodatei / ein Bildordner an ihrer Stelle</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>Gerätestandard</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>Spiegeln (Selfie-Ansicht)</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>fps und Latenz in die Bilder zeichnen</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>An die virtuelle Kamera senden</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Suche nach Kameras…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Virtuelle Kamera</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>Video anstelle einer Kamera</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>Ordner: Jedes Bild und Video darin wird getauscht</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>Zielbild oder -video</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>Ausgabevideo</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Videos (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>Ausgabebild</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>Wählen Sie zuerst ein Ziel</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>Ziel „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>Tausche nach %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1 (Original wird gezeigt)</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>Keine Kamera gefunden; eine Videodatei kann sie ersetzen.</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>Kameras nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>Kein virtuelles Kameragerät (v4l2loopback) gefunden</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>Kameras: %1, virtuelle Kameras: %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Live: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Live von %1</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>Verantwortungsvolle Nutzung</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ModelStatusWidget</name>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>falsche Größe</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>falsche Prüfsumme</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>Modelle werden geprüft…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>Fehlende Modelle laden</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>Lädt jedes fehlende oder beschädigte Modell des Manifests in den Modellordner und prüft die Prüfsumme jeder Datei</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>Alle Modelle sind in %1 vorhanden</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>Fehlende oder beschädigte Modelle in %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::OptionForm</name>
    <message>
        <source>Swap every face</source>
        <translation>Jedes Gesicht tauschen</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>Gesichtsauswahl</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Ähnlichkeitsschwelle</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>Fehlschlagen, wenn das Ziel kein Gesicht hat</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>Detektorgröße</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>Detektorschwelle</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>Mund des Ziels beibehalten</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>Farben an das Ziel angleichen</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>Poisson-Überblendung (nahtlos)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Schärfe</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>Verbesserer</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>Verbesserer-Anteil</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>Hardware-Dekodierung</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>Bildrate beibehalten</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>Ton entfernen</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>Getauschte Bilder behalten (PNG-Ordner neben der Ausgabe)</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>Sichtbare Markierung auf der Ausgabe anbringen</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>Position der Markierung</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>Deckkraft der Markierung</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>Face-Swap-Kennzeichnung nicht in die Metadaten schreiben</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>Ziele ablehnen, die der Inhaltsfilter markiert (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>Gesichtsmaskentypen</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>Unschärfe der Rechteckmaske</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>Rand der Rechteckmaske (oben,rechts,unten,links %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>Verdeckungsmodell</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>Gesichtsparser-Modell</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>Maskenregionen</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>Maskenbereiche</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>Verbesserer-Treue</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>Swapper-Modell</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>Pixel-Boost</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>Identitätsstärke</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>Ordner als Ziel: keine Vorschau</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>Wählen Sie ein Zielbild oder -video</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>Fügen Sie ein Quellgesicht hinzu, um den Tausch zu sehen</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>%1 von %2 Gesichtern getauscht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>„%1“ hat kein Bild für die Vorschau</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>Ohne die Kennzeichnung verrät nichts in der Datei, dass sie durch Gesichtstausch entstanden ist: Kennzeichnen Sie sie selbst, wo Sie sie veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>Quellfotos des Gesichts (mehrere Fotos einer Person werden gemittelt). Bilddateien hier ablegen.</translation>
    </message>
</context>
</TS>
