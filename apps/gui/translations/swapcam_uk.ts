<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Перш ніж почати</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>swapcam замінює обличчя на зображеннях, у відео та на камері в реальному часі. Використовуйте лише обличчя людей, які дали згоду, ніколи не використовуйте результати, щоб ошукати, переслідувати чи обмовити будь-кого, і дотримуйтеся законів там, де ви живете. Результати позначаються як створені заміною облич.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Я погоджуюся</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>для зіставлення облич потрібна ціль — зображення або відео (отримано «%1»)</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>зіставлення облич порожнє: задайте вихідне фото хоча б для однієї особи</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>Зіставлення облич</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>Пошук облич у цілі…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>Особа в цілі</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Трапляється</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>Вихідне фото</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>Не вдається знайти обличчя: %1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>У цілі не знайдено жодного обличчя.</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>Знайдено осіб: %1. Виберіть вихідне фото для кожної особи, яку треба замінити; особи без фото залишаються як є.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>Зображення (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>Зображення та відео (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Усі файли (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>Жодне обличчя не замінено: ціль записано без змін у %1</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>Замінено облич: %1 з %2: %3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>Кадрів: %1 (із заміною: %2), %3 кадр/с, %4: %5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>Зображень: %1, відео: %2, з помилкою: %3: %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>Скасовано: нічого не записано</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Неочікувана помилка: %1</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::LiveWindow</name>
    <message>
        <source>swapcam live</source>
        <translation>swapcam наживо</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Запуск камери…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Дзеркально</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Віртуальна камера</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>Віртуальна камера (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>Пристрій віртуальної камери (v4l2loopback) не знайдено</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>Змінити джерело…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Фото вихідного обличчя</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Не вдається запустити: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Наживо з %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Зупинено: %1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>Підготовка нового вихідного обличчя…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>Джерело не змінено: %1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>вхід %1 кадр/с, вихід %2 кадр/с · затримка p50 %3 мс, p95 %4 мс · пропущено %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>Заміна</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Відео</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Середовище</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Моделі</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Наживо</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Помилка: %1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>Вихідне обличчя</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Фото вихідного обличчя</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ціль</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>Зображення, відео або тека (або перетягніть на вікно)</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>Зображення/відео…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Тека…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>Поруч із ціллю, з доданим «_swapped»</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Запустити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>Виберіть вихідне обличчя та ціль</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Показати оригінал</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>До/після: кадр цілі як є або із заміною</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>кадр %1 (%2 с)</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>Фото особи в цілі (вибір за зразком)</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>Зіставити обличчя…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>Обличчя-зразок</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>Зіставлення облич</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>авто</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>авто (найкращий з доступних)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматично</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>ще не завантажено</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>На чому насправді працюють завантажені моделі: у разі збою провайдера використовується запасний, а автоматична точність визначається для кожного провайдера</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Провайдер виконання</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Точність</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>Потоки виведення</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Тека моделей</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Використовується</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>Камера або відеофайл / тека зображень замість неї</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Файл…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>типово для пристрою</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>Дзеркально (як селфі)</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>Показувати кадр/с і затримку на кадрах</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>Надсилати у віртуальну камеру</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Пошук камер…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Роздільність</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Частота кадрів</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Віртуальна камера</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>Відео замість камери</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (недоступно)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>не існує</translation>
    </message>
    <message>
        <source>image</source>
        <translation>зображення</translation>
    </message>
    <message>
        <source>video</source>
        <translation>відео</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>тека: замінюються всі зображення та відео в ній</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>Цільове зображення або відео</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Цільова тека</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Тека результату</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>Відео результату</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Відео (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>Зображення результату</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>Спочатку виберіть ціль</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>Ціль «%1» не існує</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>Заміна в %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1 (показано оригінал)</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>Камеру не знайдено; її може замінити відеофайл.</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>Камери недоступні: %1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>Пристрій віртуальної камери (v4l2loopback) не знайдено</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>Камер: %1, віртуальних камер: %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Наживо: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Наживо з %1</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>Відповідальне використання</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ModelStatusWidget</name>
    <message>
        <source>present</source>
        <translation>є</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>відсутня</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>неправильний розмір</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>неправильна контрольна сума</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>Перевірка моделей…</translation>
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
        <translation>Стан</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Перевірити знову</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>Завантажити відсутні моделі</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>Завантажує в теку моделей кожну відсутню або пошкоджену модель із маніфесту, перевіряючи контрольну суму кожного файлу</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Перевірка %1…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>Усі моделі є в %1</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>Відсутні або пошкоджені моделі в %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 з %3</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::OptionForm</name>
    <message>
        <source>Swap every face</source>
        <translation>Замінювати всі обличчя</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>Вибір обличчя</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Поріг подібності</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>Помилка, якщо в цілі немає обличчя</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>Розмір детектора</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>Поріг детектора</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>Зберігати рот цілі</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>Підганяти кольори під ціль</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>Змішування Пуассона (безшовне)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозорість</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Різкість</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>Покращення</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>Частка покращення</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Кодувальник</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>Апаратне декодування</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Якість</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>Зберігати частоту кадрів</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>Прибрати звук</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>Зберігати замінені кадри (тека PNG поруч із результатом)</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>Малювати видиму позначку на результаті</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>Положення позначки</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>Непрозорість позначки</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>Не записувати позначку заміни обличчя в метадані</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>Відхиляти цілі, позначені фільтром вмісту (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>Типи маски обличчя</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>Розмиття прямокутної маски</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>Відступи прямокутної маски (згори,справа,знизу,зліва %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>Модель перекриттів</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>Модель розбору обличчя</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>Області маски</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>Зони маски</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>Точність покращення</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>Модель заміни</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>Підсилення пікселів</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>Сила ідентичності</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>Тека як ціль: без попереднього перегляду</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>Виберіть цільове зображення або відео</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>Додайте вихідне обличчя, щоб побачити заміну</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>Замінено облич: %1 з %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>у «%1» немає кадру для попереднього перегляду</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>Без позначки ніщо у файлі не вказує, що його створено заміною облич: позначте це самі там, де публікуєте.</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>Фото вихідного обличчя (кілька фото однієї особи усереднюються). Перетягніть сюди файли зображень.</translation>
    </message>
</context>
</TS>
