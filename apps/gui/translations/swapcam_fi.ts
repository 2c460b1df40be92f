<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Ennen kuin aloitat</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>swapcam vaihtaa kasvoja kuvissa, videoissa ja suorassa kamerakuvassa. Käytä vain niiden ihmisten kasvoja, jotka ovat antaneet suostumuksensa, älä koskaan käytä tuloksia kenenkään harhaanjohtamiseen, häirintään tai mustamaalaamiseen, ja noudata asuinmaasi lakeja. Tulosteissa on merkintä siitä, että ne on tehty kasvojenvaihdolla.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Hyväksyn</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>kasvojen kohdistus tarvitsee kohteeksi kuvan tai videon (saatiin ”%1”)</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>kasvojen kohdistus on tyhjä: anna vähintään yhdelle henkilölle lähdekuva</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>Kasvojen kohdistus</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>Etsitään kasvoja kohteesta…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>Kohteen henkilö</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Nähty</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>Lähdekuva</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>Kasvoja ei voi etsiä: %1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>Kohteesta ei löytynyt kasvoja.</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>Löydetyt henkilöt: %1. Valitse lähdekuva jokaiselle vaihdettavalle henkilölle; henkilöt ilman kuvaa jätetään ennalleen.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>Kuvat (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>Kuvat ja videot (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Kaikki tiedostot (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>Kasvoja ei vaihdettu: kohde kirjoitettiin muuttamattomana tiedostoon %1</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>%1/%2 kasvoista vaihdettu: %3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>%1 ruutua (%2 vaihdolla), %3 fps, %4: %5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>%1 kuvaa ja %2 videota, %3 epäonnistui: %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>Peruttu: mitään ei kirjoitettu</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Odottamaton virhe: %1</translation>
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
        <translation>Käynnistetään kameraa…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Peilaa</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Virtuaalikamera</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>Virtuaalikamera (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>Virtuaalikameralaitetta (v4l2loopback) ei löytynyt</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>Vaihda lähde…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Pysäytä</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Lähdekasvojen kuvat</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Ei voi käynnistää: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Live lähteestä %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Pysäytetty: %1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>Valmistellaan uusia lähdekasvoja…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Lähde: %1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>Lähdettä ei vaihdettu: %1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>%1 fps sisään, %2 fps ulos · viive p50 %3 ms, p95 %4 ms · pudotettu %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>Vaihto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Suoritus</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Mallit</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Epäonnistui: %1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>Lähdekasvot</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Lähdekasvojen kuvat</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>Kuva, video tai kansio (tai pudota se ikkunaan)</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>Kuva/video…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Kansio…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Tuloste</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>Kohteen viereen, loppuun lisätään ”_swapped”</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>Valitse lähdekasvot ja kohde</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Näytä alkuperäinen</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>Ennen/jälkeen: kohteen ruutu sellaisenaan tai vaihdettuna</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>ruutu %1 (%2 s)</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>Kuva kohdehenkilöstä (valinta viitteen mukaan)</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>Kohdista kasvot…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>Viitekasvot</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>Kasvojen kohdistus</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automaattinen</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>automaattinen (paras saatavilla)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automaattinen</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>ei vielä ladattu</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>Millä ladatut mallit todella toimivat: epäonnistunut tarjoaja vaihtuu varavaihtoehtoon, ja automaattinen tarkkuus ratkaistaan tarjoajakohtaisesti</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Suoritustarjoaja</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Tarkkuus</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>Päättelysäikeet</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Mallikansio</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>Kamera, tai videotiedosto / kuvakansio sen sijasta</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Tiedosto…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>laitteen oletus</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>Peilaa (selfie-näkymä)</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>Piirrä fps ja viive ruutuihin</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>Lähetä virtuaalikameraan</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Etsitään kameroita…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resoluutio</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Kuvataajuus</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Virtuaalikamera</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>Video kameran sijasta</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (ei saatavilla)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>ei ole olemassa</translation>
    </message>
    <message>
        <source>image</source>
        <translation>kuva</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>kansio: jokainen sen sisältämä kuva ja video vaihdetaan</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>Kohdekuva tai -video</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Kohdekansio</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Tulostekansio</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>Tulostevideo</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Videot (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>Tulostekuva</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>Valitse ensin kohde</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>Kohdetta ”%1” ei ole olemassa</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>Vaihdetaan kohteeseen %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1 (näytetään alkuperäinen)</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>Kameraa ei löytynyt; videotiedosto voi korvata sen.</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>Kamerat eivät käytettävissä: %1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>Virtuaalikameralaitetta (v4l2loopback) ei löytynyt</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>Kameroita: %1, virtuaalikameroita: %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Live: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Live lähteestä %1</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>Vastuullinen käyttö</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ModelStatusWidget</name>
    <message>
        <source>present</source>
        <translation>olemassa</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>väärä koko</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>väärä tarkistussumma</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>Tarkistetaan malleja…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Tarkista uudelleen</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>Hae puuttuvat mallit</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>Lataa mallikansioon jokaisen puuttuvan tai vioittuneen manifestin mallin ja tarkistaa jokaisen tiedoston tarkistussumman</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Tarkistetaan %1…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>Kaikki mallit ovat kansiossa %1</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>Puuttuvat tai vioittuneet mallit kansiossa %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::OptionForm</name>
    <message>
        <source>Swap every face</source>
        <translation>Vaihda kaikki kasvot</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>Kasvojen valinta</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Samankaltaisuuskynnys</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>Epäonnistu, jos kohteessa ei ole kasvoja</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>Tunnistimen koko</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>Tunnistimen kynnys</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>Säilytä kohteen suu</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>Sovita värit kohteeseen</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>Poisson-sulautus (saumaton)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Peittävyys</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Terävyys</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>Parannin</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>Parantimen osuus</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Kooderi</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>Laitteistodekoodaus</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Laatu</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>Säilytä kuvataajuus</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>Poista ääni</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>Säilytä vaihdetut ruudut (PNG-kansio tulosteen viereen)</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>Piirrä tulosteeseen näkyvä merkki</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>Merkin sijainti</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>Merkin peittävyys</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>Jätä kasvojenvaihtomerkintä pois metatiedoista</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>Hylkää kohteet, jotka sisältösuodatin merkitsee (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>Kasvomaskin tyypit</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>Laatikkomaskin sumennus</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>Laatikkomaskin reunus (ylä,oikea,ala,vasen %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>Peittomalli</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>Kasvojen jäsennysmalli</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>Maskin alueet</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>Maskin osat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>Parantajan uskollisuus</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>Vaihtomalli</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>Pikselitehostus</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>Identiteetin voimakkuus</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>Kansio kohteena: ei esikatselua</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>Valitse kohdekuva tai -video</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>Lisää lähdekasvot nähdäksesi vaihdon</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>%1/%2 kasvoista vaihdettu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>kohteessa ”%1” ei ole ruutua esikatseltavaksi</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>Ilman merkintää mikään tiedostossa ei kerro, että se on tehty kasvojenvaihdolla: merkitse se itse siellä, missä julkaiset sen.</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>Lähdekasvojen kuvat (saman henkilön useat kuvat keskiarvoistetaan). Pudota kuvatiedostot tähän.</translation>
    </message>
</context>
</TS>
