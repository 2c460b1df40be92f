<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Прежде чем начать</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>swapcam заменяет лица на изображениях, в видео и на камере в реальном времени. Используйте только лица людей, давших согласие, никогда не используйте результаты, чтобы обмануть, преследовать или оклеветать кого-либо, и соблюдайте законы там, где вы живёте. Результаты помечаются как созданные заменой лица.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Я согласен</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>для сопоставления лиц нужна цель — изображение или видео (получено «%1»)</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>сопоставление лиц пусто: задайте исходное фото хотя бы для одного человека</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>Сопоставление лиц</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>Поиск лиц в цели…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>Человек в цели</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Встречается</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>Исходное фото</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>Не удаётся найти лица: %1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>В цели не найдено ни одного лица.</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>Найдено людей: %1. Выберите исходное фото для каждого человека, которого нужно заменить; люди без фото остаются как есть.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>Изображения и видео (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Все файлы (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>Ни одно лицо не заменено: цель записана без изменений в %1</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>Заменено лиц: %1 из %2: %3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>Кадров: %1 (с заменой: %2), %3 кадр/с, %4: %5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>Изображений: %1, видео: %2, с ошибкой: %3: %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>Отменено: ничего не записано</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::LiveWindow</name>
    <message>
        <source>swapcam live</source>
        <translation>swapcam в реальном времени</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Запуск камеры…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Зеркально</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Виртуальная камера</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>Виртуальная камера (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>Устройство виртуальной камеры (v4l2loopback) не найдено</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>Сменить источник…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Фото исходного лица</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Не удаётся запустить: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Трансляция с %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Остановлено: %1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>Подготовка нового исходного лица…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>Источник не изменён: %1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>вход %1 кадр/с, выход %2 кадр/с · задержка p50 %3 мс, p95 %4 мс · пропущено %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>Замена</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Трансляция</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>Исходное лицо</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Фото исходного лица</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>Изображение, видео или папка (или перетащите на окно)</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>Изображение/видео…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Папка…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>Рядом с целью, с добавлением «_swapped»</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>Выберите исходное лицо и цель</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Показать оригинал</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>До/после: кадр цели как есть или с заменой</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>кадр %1 (%2 с)</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>Фото человека в цели (выбор по образцу)</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>Сопоставить лица…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>Лицо-образец</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>Сопоставление лиц</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>авто</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>авто (лучший из доступных)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>ещё не загружены</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>На чём на самом деле работают загруженные модели: при сбое провайдера используется запасной, а автоматическая точность выбирается для каждого провайдера</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Провайдер выполнения</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>Потоки вывода</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Папка моделей</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>Камера или заменяющие её видеофайл / папка изображений</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Файл…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>по умолчанию устройства</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>Зеркально (как селфи)</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>Выводить кадр/с и задержку на кадрах</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>Отправлять в виртуальную камеру</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Поиск камер…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Частота кадров</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Виртуальная камера</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>Видео вместо камеры</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (недоступно)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>не существует</translation>
    </message>
    <message>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>папка: заменяются все изображения и видео в ней</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>Целевое изображение или видео</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Целевая папка</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Папка результата</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>Видео результата</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Видео (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>Изображение результата</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>Сначала выберите цель</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>Цель «%1» не существует</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>Замена в %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1 (показан оригинал)</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>Камера не найдена; её может заменить видеофайл.</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>Камеры недоступны: %1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>Устройство виртуальной камеры (v4l2loopback) не найдено</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>Камер: %1, виртуальных камер: %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Трансляция: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Трансляция с %1</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>Ответственное использование</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ModelStatusWidget</name>
    <message>
        <source>present</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>неверный размер</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>неверная контрольная сумма</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>Проверка моделей…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>Загрузить недостающие модели</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>Загружает в папку моделей каждую отсутствующую или повреждённую модель из манифеста, проверяя контрольную сумму каждого файла</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>Все модели есть в %1</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>Отсутствующие или повреждённые модели в %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::OptionForm</name>
    <message>
        <source>Swap every face</source>
        <translation>Заменять все лица</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>Выбор лица</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Порог сходства</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>Ошибка, если в цели нет лица</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>Размер детектора</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>Порог детектора</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>Сохранять рот цели</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>Подгонять цвета под цель</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>Смешивание Пуассона (бесшовное)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Резкость</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>Улучшение</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>Доля улучшения</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Кодировщик</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>Аппаратное декодирование</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>Сохранять частоту кадров</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>Убрать звук</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>Сохранять заменённые кадры (папка PNG рядом с результатом)</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>Рисовать видимую метку на результате</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>Положение метки</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>Непрозрачность метки</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>Не записывать метку замены лица в метаданные</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>Отклонять цели, отмеченные фильтром содержимого (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>Типы маски лица</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>Размытие прямоугольной маски</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>Отступы прямоугольной маски (сверху,справа,снизу,слева %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>Модель перекрытий</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>Модель разбора лица</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>Области маски</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>Зоны маски</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>Точность улучшения</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>Модель замены</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>Усиление пикселей</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>Сила идентичности</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>Папка в качестве цели: без предпросмотра</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>Выберите целевое изображение или видео</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>Добавьте исходное лицо, чтобы увидеть замену</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>Заменено лиц: %1 из %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>в «%1» нет кадра для предпросмотра</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>Без пометки ничто в файле не говорит, что он создан заменой лица: укажите это сами там, где публикуете.</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>Фото исходного лица (несколько фото одного человека усредняются). Перетащите сюда файлы изображений.</translation>
    </message>
</context>
</TS>
