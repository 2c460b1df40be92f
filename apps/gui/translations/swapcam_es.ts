<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>swapcam reemplaza caras en imágenes, vídeos y una cámara en directo. Usa solo las caras de personas que hayan dado su consentimiento, nunca uses los resultados para engañar, acosar o difamar a nadie y cumple la ley del lugar donde vives. Las salidas llevan una etiqueta que indica que se crearon mediante intercambio de caras.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>la asignación de caras necesita una imagen o un vídeo como destino (se recibió «%1»)</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>la asignación de caras está vacía: dé a al menos una persona una foto de origen</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>Asignación de caras</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>Buscando caras en el destino…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>Persona del destino</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>Foto de origen</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>No se pueden buscar caras: %1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>No se encontró ninguna cara en el destino.</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>Personas encontradas: %1. Elija una foto de origen para cada persona que quiera cambiar; las personas sin foto se dejan como están.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>Imágenes y vídeos (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Todos los archivos (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>Ninguna cara cambiada: el destino se escribió sin cambios en %1</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>%1 de %2 caras cambiadas: %3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>%1 fotogramas (%2 con cambio) a %3 fps con %4: %5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>%1 imágenes y %2 vídeos, %3 fallidos: %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>Cancelado: no se escribió nada</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::LiveWindow</name>
    <message>
        <source>swapcam live</source>
        <translation>swapcam en directo</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Espejo</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Cámara virtual</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>Cámara virtual (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>No se encontró ningún dispositivo de cámara virtual (v4l2loopback)</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>Cambiar origen…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Fotos de la cara de origen</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>No se puede iniciar: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>En directo desde %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>Preparando la nueva cara de origen…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>Origen no cambiado: %1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>%1 fps de entrada, %2 fps de salida · latencia p50 %3 ms, p95 %4 ms · descartados %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>Cara de origen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Fotos de la cara de origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>Imagen, vídeo o carpeta (o suéltelo sobre la ventana)</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>Imagen/vídeo…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>Junto al destino, con «_swapped» añadido</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>Elija una cara de origen y un destino</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Mostrar original</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>Antes/después: el fotograma del destino tal cual o con el cambio</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>fotograma %1 (%2 s)</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>Foto de la persona del destino (selector por referencia)</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>Asignar caras…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>Cara de referencia</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>Asignación de caras</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>automático (el mejor disponible)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>aún no cargado</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>En qué se ejecutan realmente los modelos cargados: un proveedor que falla recurre a otro, y la precisión automática se resuelve por proveedor</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Proveedor de ejecución</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>Hilos de inferencia</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>Una cámara, o un archivo de vídeo / carpeta de imágenes en su lugar</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Archivo…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>predeterminado del dispositivo</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>Espejo (vista selfi)</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>Dibujar fps y latencia en los fotogramas</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>Enviar a la cámara virtual</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Buscando cámaras…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Velocidad de fotogramas</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Cámara virtual</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>Vídeo en lugar de una cámara</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (no disponible)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>carpeta: se cambian todas las imágenes y vídeos que contiene</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>Imagen o vídeo de destino</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>Vídeo de salida</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Vídeos (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>Imagen de salida</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>Elija primero un destino</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>El destino «%1» no existe</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>Cambiando en %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1 (se muestra el original)</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>No se encontró ninguna cámara; un archivo de vídeo puede sustituirla.</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>Cámaras no disponibles: %1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>No se encontró ningún dispositivo de cámara virtual (v4l2loopback)</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>Cámaras: %1, cámaras virtuales: %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>En directo: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>En directo desde %1</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>Uso responsable</translation>
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
        <translation>falta</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>tamaño incorrecto</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>suma de comprobación incorrecta</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>Comprobando modelos…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>Descargar modelos que faltan</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>Descarga en la carpeta de modelos cada modelo del manifiesto que falte o esté dañado, comprobando la suma de cada archivo</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>Todos los modelos están en %1</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>Modelos que faltan o dañados en %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::OptionForm</name>
    <message>
        <source>Swap every face</source>
        <translation>Cambiar todas las caras</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>Selector de cara</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Umbral de similitud</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>Fallar si el objetivo no tiene cara</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>Tamaño del detector</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>Umbral del detector</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>Conservar la boca del destino</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>Igualar los colores al destino</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>Fusión de Poisson (sin costuras)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Nitidez</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>Mejorador</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>Mezcla del mejorador</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>Decodificación por hardware</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>Conservar la velocidad de fotogramas</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>Quitar el audio</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>Conservar los fotogramas cambiados (carpeta PNG junto a la salida)</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>Dibujar una marca visible en la salida</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>Posición de la marca</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>Opacidad de la marca</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>No incluir la etiqueta de intercambio de caras en los metadatos</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>Rechazar los destinos que marque el filtro de contenido (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>Tipos de máscara facial</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>Desenfoque de la máscara rectangular</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>Margen de la máscara rectangular (arriba,derecha,abajo,izquierda %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>Modelo de oclusión</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>Modelo de análisis facial</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>Regiones de la máscara</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>Zonas de la máscara</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>Fidelidad del mejorador</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>Modelo de intercambio</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>Aumento de píxeles</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>Intensidad de la identidad</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>Carpeta como destino: sin vista previa</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>Elija una imagen o un vídeo de destino</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>Añada una cara de origen para ver el cambio</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>%1 de %2 caras cambiadas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>«%1» no tiene ningún fotograma para la vista previa</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>Sin la etiqueta, nada en el archivo indica que se creó mediante intercambio de caras: etiquétalo tú mismo donde lo publiques.</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>Fotos de la cara de origen (varias fotos de una persona se promedian). Suelte aquí archivos de imagen.</translation>
    </message>
</context>
</TS>
