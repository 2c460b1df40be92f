<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de começar</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>O swapcam substitui rostos em imagens, vídeos e uma câmera ao vivo. Use apenas rostos de pessoas que deram consentimento, nunca use os resultados para enganar, assediar ou difamar alguém e siga a lei do lugar onde você vive. As saídas levam um rótulo informando que foram feitas por troca de rostos.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Eu concordo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>o mapeamento de rostos precisa de uma imagem ou vídeo como destino (recebido “%1”)</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>o mapeamento de rostos está vazio: dê uma foto de origem a pelo menos uma pessoa</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>Mapeamento de rostos</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>Procurando rostos no destino…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>Pessoa do destino</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>Foto de origem</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>Não é possível procurar rostos: %1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>Nenhum rosto encontrado no destino.</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>Pessoas encontradas: %1. Escolha uma foto de origem para cada pessoa a trocar; pessoas sem foto ficam como estão.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>Imagens (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>Imagens e vídeos (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Todos os arquivos (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>Nenhum rosto trocado: o destino foi gravado sem alterações em %1</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>%1 de %2 rostos trocados: %3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>%1 quadros (%2 com troca) a %3 fps com %4: %5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>%1 imagens e %2 vídeos, %3 com falha: %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>Cancelado: nada foi gravado</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erro inesperado: %1</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::LiveWindow</name>
    <message>
        <source>swapcam live</source>
        <translation>swapcam ao vivo</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando a câmera…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Espelhar</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Câmera virtual</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>Câmera virtual (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>Nenhum dispositivo de câmera virtual (v4l2loopback) foi encontrado</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>Trocar origem…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Fotos do rosto de origem</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Não é possível iniciar: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Ao vivo de %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Parado: %1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>Preparando o novo rosto de origem…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origem: %1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>Origem não alterada: %1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>%1 fps de entrada, %2 fps de saída · latência p50 %3 ms, p95 %4 ms · descartados %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>Troca</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>Rosto de origem</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Fotos do rosto de origem</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>Imagem, vídeo ou pasta (ou solte na janela)</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>Imagem/vídeo…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Pasta…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>Ao lado do destino, com “_swapped” acrescentado</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
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
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>Escolha um rosto de origem e um destino</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Mostrar original</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>Antes/depois: o quadro do destino como está ou com a troca</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>quadro %1 (%2 s)</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>Foto da pessoa do destino (seletor por referência)</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>Mapear rostos…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>Rosto de referência</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>Mapeamento de rostos</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>automático (o melhor disponível)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>ainda não carregado</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>Onde os modelos carregados realmente rodam: um provedor que falha recorre a outro, e a precisão automática é resolvida por provedor</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Provedor de execução</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>Threads de inferência</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Pasta de modelos</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>Uma câmera, ou um arquivo de vídeo / pasta de imagens no lugar dela</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Arquivo…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>padrão do dispositivo</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>Espelhar (visão de selfie)</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>Desenhar fps e latência nos quadros</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>Enviar para a câmera virtual</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Procurando câmeras…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Taxa de quadros</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Câmera virtual</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>Vídeo no lugar de uma câmera</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (não disponível)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>não existe</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagem</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>pasta: todas as imagens e vídeos dentro dela são trocados</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>Imagem ou vídeo de destino</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Pasta de destino</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Pasta de saída</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>Vídeo de saída</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Vídeos (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>Imagem de saída</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>Escolha um destino primeiro</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>O destino “%1” não existe</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>Trocando em %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1 (mostrando o original)</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>Nenhuma câmera encontrada; um arquivo de vídeo pode substituí-la.</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>Câmeras indisponíveis: %1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>Nenhum dispositivo de câmera virtual (v4l2loopback) encontrado</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>Câmeras: %1, câmeras virtuais: %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Ao vivo: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Ao vivo de %1</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>Uso responsável</translation>
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
        <translation>ausente</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>tamanho incorreto</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>checksum incorreto</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>Verificando modelos…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>Baixar modelos ausentes</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>Baixa para a pasta de modelos cada modelo do manifesto ausente ou danificado, verificando o checksum de cada arquivo</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>Todos os modelos estão presentes em %1</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>Modelos ausentes ou danificados em %1: %2</translation>
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
        <translation>Trocar todos os rostos</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>Seletor de rosto</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Limite de semelhança</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>Falhar quando o alvo não tiver rosto</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>Tamanho do detector</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>Limiar do detector</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>Manter a boca do destino</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>Ajustar as cores ao destino</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>Mesclagem de Poisson (sem emendas)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidade</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Nitidez</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>Aprimorador</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>Mistura do aprimorador</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>Decodificação por hardware</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>Manter a taxa de quadros</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>Remover o áudio</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>Manter os quadros trocados (pasta PNG ao lado da saída)</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>Desenhar uma marca visível na saída</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>Posição da marca</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>Opacidade da marca</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>Não gravar a etiqueta de troca de rosto nos metadados</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>Recusar destinos sinalizados pelo filtro de conteúdo (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>Tipos de máscara facial</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>Desfoque da máscara retangular</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>Margem da máscara retangular (cima,direita,baixo,esquerda %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>Modelo de oclusão</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>Modelo de análise facial</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>Regiões da máscara</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>Áreas da máscara</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>Fidelidade do aprimorador</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>Modelo de troca</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>Aumento de pixels</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>Intensidade da identidade</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>Pasta como destino: sem pré-visualização</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>Escolha uma imagem ou vídeo de destino</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>Adicione um rosto de origem para ver a troca</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>%1 de %2 rostos trocados</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>“%1” não tem quadro para pré-visualizar</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>Sem o rótulo, nada no arquivo diz que ele foi feito por troca de rostos: rotule-o você mesmo onde publicá-lo.</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>Fotos do rosto de origem (várias fotos de uma pessoa são combinadas pela média). Solte arquivos de imagem aqui.</translation>
    </message>
</context>
</TS>
