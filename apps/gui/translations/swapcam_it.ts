<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Prima di iniziare</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>swapcam sostituisce i volti in immagini, video e una videocamera dal vivo. Usa solo i volti di persone che hanno dato il loro consenso, non usare mai i risultati per ingannare, molestare o diffamare qualcuno e rispetta la legge del luogo in cui vivi. Le uscite portano un&apos;etichetta che indica che sono state create con lo scambio di volti.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Accetto</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>l’associazione dei volti richiede un’immagine o un video come destinazione (ricevuto «%1»)</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>l’associazione dei volti è vuota: assegna una foto sorgente ad almeno una persona</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>Associazione dei volti</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>Ricerca dei volti nella destinazione…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>Persona della destinazione</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>Foto sorgente</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>Impossibile cercare i volti: %1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>Nessun volto trovato nella destinazione.</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>Persone trovate: %1. Scegli una foto sorgente per ogni persona da scambiare; le persone senza foto restano come sono.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>Immagini (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>Immagini e video (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Tutti i file (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>Nessun volto scambiato: la destinazione è stata scritta invariata in %1</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>%1 volti scambiati su %2: %3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>%1 fotogrammi (%2 con scambio) a %3 fps con %4: %5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>%1 immagini e %2 video, %3 non riusciti: %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>Annullato: non è stato scritto nulla</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Errore imprevisto: %1</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::LiveWindow</name>
    <message>
        <source>swapcam live</source>
        <translation>swapcam dal vivo</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Avvio della fotocamera…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Specchio</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Fotocamera virtuale</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>Fotocamera virtuale (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>Nessun dispositivo di fotocamera virtuale (v4l2loopback) trovato</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>Cambia sorgente…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Foto del volto sorgente</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Impossibile avviare: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Dal vivo da %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Fermato: %1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>Preparazione del nuovo volto sorgente…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sorgente: %1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>Sorgente non cambiata: %1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>%1 fps in ingresso, %2 fps in uscita · latenza p50 %3 ms, p95 %4 ms · scartati %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>Scambio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Esecuzione</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Dal vivo</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Non riuscito: %1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>Volto sorgente</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Foto del volto sorgente</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>Immagine, video o cartella (o trascinala sulla finestra)</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>Immagine/video…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Cartella…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>Accanto alla destinazione, con «_swapped» aggiunto</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>Scegli un volto sorgente e una destinazione</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Mostra originale</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>Prima/dopo: il fotogramma della destinazione così com’è o scambiato</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>fotogramma %1 (%2 s)</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>Foto della persona di destinazione (selettore per riferimento)</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>Associa volti…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>Volto di riferimento</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>Associazione dei volti</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatico</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>automatico (il migliore disponibile)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatico</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>non ancora caricato</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>Su cosa girano davvero i modelli caricati: un provider che fallisce ripiega su un altro, e la precisione automatica si risolve per provider</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Provider di esecuzione</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisione</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>Thread di inferenza</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Cartella dei modelli</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In uso</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>Una fotocamera, o un file video / una cartella di immagini al suo posto</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>predefinito del dispositivo</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>Specchio (vista selfie)</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>Disegna fps e latenza sui fotogrammi</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>Invia alla fotocamera virtuale</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Ricerca delle fotocamere…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Frequenza dei fotogrammi</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Fotocamera virtuale</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>Video al posto di una fotocamera</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (non disponibile)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>non esiste</translation>
    </message>
    <message>
        <source>image</source>
        <translation>immagine</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>cartella: ogni immagine e video al suo interno viene scambiato</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>Immagine o video di destinazione</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Cartella di destinazione</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Cartella di uscita</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>Video di uscita</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Video (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>Immagine di uscita</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>Scegli prima una destinazione</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>La destinazione «%1» non esiste</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>Scambio in %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1 (è mostrato l’originale)</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>Nessuna fotocamera trovata; un file video può sostituirla.</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>Fotocamere non disponibili: %1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>Nessun dispositivo di fotocamera virtuale (v4l2loopback) trovato</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>Fotocamere: %1, fotocamere virtuali: %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Dal vivo: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Dal vivo da %1</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>Uso responsabile</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ModelStatusWidget</name>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>dimensione errata</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>checksum errato</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>Controllo dei modelli…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Controlla di nuovo</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>Scarica i modelli mancanti</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>Scarica nella cartella dei modelli ogni modello del manifesto mancante o danneggiato, verificando il checksum di ogni file</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Controllo di %1…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>Tutti i modelli sono presenti in %1</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>Modelli mancanti o danneggiati in %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 di %3</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::OptionForm</name>
    <message>
        <source>Swap every face</source>
        <translation>Scambia ogni volto</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>Selettore del volto</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Soglia di somiglianza</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>Fallisci se il bersaglio non ha un volto</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>Dimensione del rilevatore</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>Soglia del rilevatore</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>Mantieni la bocca della destinazione</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>Adatta i colori alla destinazione</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>Fusione di Poisson (senza giunture)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacità</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Nitidezza</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>Miglioratore</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>Miscela del miglioratore</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Codificatore</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>Decodifica hardware</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualità</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>Mantieni la frequenza dei fotogrammi</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>Rimuovi l’audio</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>Mantieni i fotogrammi scambiati (cartella PNG accanto all’uscita)</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>Disegna un segno visibile sull&apos;uscita</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>Posizione del segno</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>Opacità del segno</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>Non scrivere l’etichetta di scambio volto nei metadati</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>Rifiuta le destinazioni segnalate dal filtro dei contenuti (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>Tipi di maschera del volto</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>Sfocatura della maschera rettangolare</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>Margine della maschera rettangolare (alto,destra,basso,sinistra %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>Modello di occlusione</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>Modello di analisi del volto</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>Regioni della maschera</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>Aree della maschera</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>Fedeltà del miglioratore</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>Modello di scambio</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>Aumento dei pixel</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>Intensità dell&apos;identità</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>Cartella come destinazione: nessuna anteprima</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>Scegli un’immagine o un video di destinazione</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>Aggiungi un volto sorgente per vedere lo scambio</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>%1 volti scambiati su %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>«%1» non ha fotogrammi da mostrare in anteprima</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>Senza l&apos;etichetta, niente nel file dice che è stato creato con lo scambio di volti: etichettalo tu dove lo pubblichi.</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>Foto del volto sorgente (più foto di una persona vengono mediate). Trascina qui i file immagine.</translation>
    </message>
</context>
</TS>
