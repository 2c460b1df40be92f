<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>swapcam remplace des visages dans des images, des vidéos et une caméra en direct. N&apos;utilisez que les visages de personnes qui ont donné leur consentement, n&apos;utilisez jamais les résultats pour tromper, harceler ou diffamer qui que ce soit, et respectez la loi de votre pays. Les sorties portent une étiquette indiquant qu&apos;elles ont été créées par échange de visages.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>J&apos;accepte</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>l’association des visages demande une image ou une vidéo comme cible (reçu « %1 »)</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>l’association des visages est vide : donnez une photo source à au moins une personne</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>Association des visages</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>Recherche de visages dans la cible…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>Personne de la cible</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>Photo source</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>Impossible de rechercher les visages : %1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>Aucun visage trouvé dans la cible.</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>Personnes trouvées : %1. Choisissez une photo source pour chaque personne à échanger ; les personnes sans photo restent telles quelles.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>Images et vidéos (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Tous les fichiers (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>Aucun visage échangé : la cible a été écrite inchangée dans %1</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>%1 visages échangés sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>%1 images (%2 avec échange) à %3 i/s avec %4 : %5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>%1 images et %2 vidéos, %3 en échec : %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>Annulé : rien n’a été écrit</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::LiveWindow</name>
    <message>
        <source>swapcam live</source>
        <translation>swapcam en direct</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Caméra virtuelle</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>Caméra virtuelle (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>Aucun périphérique de caméra virtuelle (v4l2loopback) trouvé</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>Changer de source…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Photos du visage source</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Démarrage impossible : %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>En direct depuis %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>Préparation du nouveau visage source…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>Source inchangée : %1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>%1 i/s en entrée, %2 i/s en sortie · latence p50 %3 ms, p95 %4 ms · perdues %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>Visage source</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Photos du visage source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>Image, vidéo ou dossier (ou déposez-le sur la fenêtre)</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>Image/vidéo…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>À côté de la cible, avec « _swapped » ajouté</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>Choisissez un visage source et une cible</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Afficher l’original</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>Avant/après : l’image de la cible telle quelle ou échangée</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>image %1 (%2 s)</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>Photo de la personne cible (sélecteur par référence)</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>Associer les visages…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>Visage de référence</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>Association des visages</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>auto (le meilleur disponible)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>pas encore chargé</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>Ce sur quoi les modèles chargés s’exécutent vraiment : un fournisseur en échec bascule sur un autre, et la précision auto se résout par fournisseur</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Fournisseur d’exécution</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>Threads d’inférence</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>Une caméra, ou un fichier vidéo / dossier d’images à sa place</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>par défaut du périphérique</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>Miroir (vue selfie)</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>Afficher i/s et latence sur les images</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>Envoyer vers la caméra virtuelle</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Recherche des caméras…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Fréquence d’images</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Caméra virtuelle</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>Vidéo à la place d’une caméra</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (non disponible)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>dossier : chaque image et vidéo qu’il contient est échangée</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>Image ou vidéo cible</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Dossier cible</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>Vidéo de sortie</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Vidéos (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>Image de sortie</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>Choisissez d’abord une cible</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>La cible « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>Échange vers %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1 (original affiché)</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>Aucune caméra trouvée ; un fichier vidéo peut la remplacer.</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>Caméras indisponibles : %1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>Aucun périphérique de caméra virtuelle (v4l2loopback) trouvé</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>Caméras : %1, caméras virtuelles : %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Direct : %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>En direct depuis %1</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>Usage responsable</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ModelStatusWidget</name>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>taille incorrecte</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>somme de contrôle incorrecte</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>Vérification des modèles…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>Télécharger les modèles manquants</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>Télécharge dans le dossier des modèles chaque modèle du manifeste manquant ou endommagé, en vérifiant la somme de contrôle de chaque fichier</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>Tous les modèles sont présents dans %1</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>Modèles manquants ou endommagés dans %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::OptionForm</name>
    <message>
        <source>Swap every face</source>
        <translation>Échanger tous les visages</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>Sélecteur de visage</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Seuil de similarité</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>Échouer si la cible n’a pas de visage</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>Taille du détecteur</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>Seuil du détecteur</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>Garder la bouche de la cible</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>Adapter les couleurs à la cible</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>Fusion de Poisson (sans raccord)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Netteté</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>Amélioration</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>Dosage de l’amélioration</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encodeur</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>Décodage matériel</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>Garder la fréquence d’images</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>Supprimer l’audio</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>Garder les images échangées (dossier PNG à côté de la sortie)</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>Dessiner une marque visible sur la sortie</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>Position de la marque</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>Opacité de la marque</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>Ne pas inscrire l’étiquette d’échange de visage dans les métadonnées</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>Refuser les cibles signalées par le filtre de contenu (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>Types de masque du visage</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>Flou du masque rectangulaire</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>Marge du masque rectangulaire (haut,droite,bas,gauche %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>Modèle d&apos;occultation</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>Modèle d&apos;analyse du visage</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>Régions du masque</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>Zones du masque</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>Fidélité de l&apos;amélioration</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>Modèle d’échange</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>Suréchantillonnage des pixels</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>Force de l&apos;identité</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>Dossier comme cible : pas d’aperçu</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>Choisissez une image ou une vidéo cible</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>Ajoutez un visage source pour voir l’échange</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>%1 visages échangés sur %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>« %1 » n’a aucune image à prévisualiser</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>Sans l&apos;étiquette, rien dans le fichier n&apos;indique qu&apos;il a été créé par échange de visages : étiquetez-le vous-même là où vous le publiez.</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>Photos du visage source (plusieurs photos d’une même personne sont moyennées). Déposez des fichiers image ici.</translation>
    </message>
</context>
</TS>
