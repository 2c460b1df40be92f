<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>មុនពេលអ្នកចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>swapcam ប្ដូរមុខនៅក្នុងរូបភាព វីដេអូ និងកាមេរ៉ាផ្ទាល់។ សូមប្រើតែមុខរបស់មនុស្សដែលបានយល់ព្រម កុំប្រើលទ្ធផលដើម្បីបោកប្រាស់ បៀតបៀន ឬបរិហារកេរ្តិ៍នរណាម្នាក់ឡើយ ហើយគោរពច្បាប់នៅកន្លែងដែលអ្នករស់នៅ។ លទ្ធផលមានស្លាកបញ្ជាក់ថាវាត្រូវបានបង្កើតដោយការប្ដូរមុខ។</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>ខ្ញុំយល់ព្រម</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ចាកចេញ</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>ការផ្គូផ្គងមុខត្រូវការគោលដៅជារូបភាព ឬវីដេអូ (បានទទួល &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>ការផ្គូផ្គងមុខទទេ៖ សូមផ្ដល់រូបថតប្រភពដល់មនុស្សយ៉ាងហោចណាស់ម្នាក់</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>ការផ្គូផ្គងមុខ</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>កំពុងស្វែងរកមុខនៅក្នុងគោលដៅ…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>មនុស្សនៅក្នុងគោលដៅ</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>បានឃើញ</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>រូបថតប្រភព</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>មិនអាចស្វែងរកមុខបានទេ៖ %1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>រកមិនឃើញមុខនៅក្នុងគោលដៅទេ។</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>បានរកឃើញមនុស្ស៖ %1។ សូមជ្រើសរើសរូបថតប្រភពសម្រាប់មនុស្សម្នាក់ៗដែលត្រូវប្ដូរ។ មនុស្សដែលគ្មានរូបថតនឹងទុកដដែល។</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>រូបភាព (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>រូបភាព និងវីដេអូ (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>ឯកសារទាំងអស់ (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>មិនបានប្ដូរមុខទេ៖ គោលដៅត្រូវបានសរសេរដោយមិនផ្លាស់ប្ដូរទៅ %1</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>បានប្ដូរមុខ %1 ក្នុងចំណោម %2៖ %3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>%1 ស៊ុម (ប្ដូរ %2) នៅ %3 fps ដោយ %4៖ %5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>រូបភាព %1 និងវីដេអូ %2, បរាជ័យ %3៖ %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>បានបោះបង់៖ មិនបានសរសេរអ្វីទេ</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>កំហុសមិនបានរំពឹងទុក៖ %1</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::LiveWindow</name>
    <message>
        <source>swapcam live</source>
        <translation>swapcam ផ្ទាល់</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>កំពុងចាប់ផ្ដើមកាមេរ៉ា…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>ឆ្លុះ</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>កាមេរ៉ានិម្មិត</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>កាមេរ៉ានិម្មិត (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>រកមិនឃើញឧបករណ៍កាមេរ៉ានិម្មិត (v4l2loopback) ទេ</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>ប្ដូរប្រភព…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>រូបថតមុខប្រភព</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>មិនអាចចាប់ផ្ដើមបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>ផ្ទាល់ពី %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>បានបញ្ឈប់៖ %1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>កំពុងរៀបចំមុខប្រភពថ្មី…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ប្រភព៖ %1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>មិនបានប្ដូរប្រភពទេ៖ %1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>ចូល %1 fps, ចេញ %2 fps · ភាពយឺត p50 %3 ms, p95 %4 ms · បានទម្លាក់ %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>ប្ដូរ</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>វីដេអូ</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>ដំណើរការ</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>ម៉ូដែល</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ផ្ទាល់</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>បរាជ័យ៖ %1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>មុខប្រភព</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>បន្ថែម…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>រូបថតមុខប្រភព</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>រូបភាព វីដេអូ ឬថត (ឬទម្លាក់វាលើបង្អួច)</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>រូបភាព/វីដេអូ…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>ថត…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>នៅក្បែរគោលដៅ ដោយបន្ថែម &quot;_swapped&quot;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>រកមើល…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>មើលជាមុន</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>សូមជ្រើសរើសមុខប្រភព និងគោលដៅ</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>បង្ហាញដើម</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>មុន/ក្រោយ៖ ស៊ុមគោលដៅដូចដើម ឬក្រោយពេលប្ដូរ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ធ្វើឱ្យស្រស់</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>ស៊ុម %1 (%2 វិនាទី)</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>រូបថតរបស់មនុស្សគោលដៅ (ការជ្រើសរើសតាមយោង)</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>ផ្គូផ្គងមុខ…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>សម្អាត</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>មុខយោង</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>ការផ្គូផ្គងមុខ</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>ស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>ស្វ័យប្រវត្តិ (ល្អបំផុតដែលមាន)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>ស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>មិនទាន់បានផ្ទុកទេ</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>អ្វីដែលម៉ូដែលដែលបានផ្ទុកដំណើរការលើពិតប្រាកដ៖ អ្នកផ្ដល់ដែលបរាជ័យនឹងប្ដូរទៅជម្រើសបម្រុង ហើយភាពជាក់លាក់ស្វ័យប្រវត្តិត្រូវបានកំណត់តាមអ្នកផ្ដល់នីមួយៗ</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>អ្នកផ្ដល់ការប្រតិបត្តិ</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>ភាពជាក់លាក់</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>ខ្សែស្រឡាយសន្និដ្ឋាន</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>ថតម៉ូដែល</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>កំពុងប្រើ</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>កាមេរ៉ា ឬឯកសារវីដេអូ / ថតរូបភាពដែលប្រើជំនួស</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>ឯកសារ…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>លំនាំដើមរបស់ឧបករណ៍</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>ឆ្លុះ (ទិដ្ឋភាពសែលហ្វី)</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>គូរ fps និងភាពយឺតលើស៊ុម</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>ផ្ញើទៅកាមេរ៉ានិម្មិត</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>កំពុងស្វែងរកកាមេរ៉ា…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>កាមេរ៉ា</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>គុណភាពបង្ហាញ</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>អត្រាស៊ុម</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>កាមេរ៉ានិម្មិត</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>វីដេអូជំនួសកាមេរ៉ា</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (មិនមាន)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>មិនមានទេ</translation>
    </message>
    <message>
        <source>image</source>
        <translation>រូបភាព</translation>
    </message>
    <message>
        <source>video</source>
        <translation>វីដេអូ</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>ថត៖ រូបភាព និងវីដេអូទាំងអស់នៅខាងក្នុងត្រូវបានប្ដូរ</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>រូបភាព ឬវីដេអូគោលដៅ</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>ថតគោលដៅ</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>ថតលទ្ធផល</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>វីដេអូលទ្ធផល</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>វីដេអូ (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>រូបភាពលទ្ធផល</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>សូមជ្រើសរើសគោលដៅជាមុនសិន</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>គោលដៅ &apos;%1&apos; មិនមានទេ</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>កំពុងប្ដូរទៅក្នុង %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>កំពុងបោះបង់…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1 (កំពុងបង្ហាញដើម)</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>រកមិនឃើញកាមេរ៉ាទេ។ ឯកសារវីដេអូអាចប្រើជំនួសបាន។</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>កាមេរ៉ាមិនអាចប្រើបាន៖ %1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>រកមិនឃើញឧបករណ៍កាមេរ៉ានិម្មិត (v4l2loopback) ទេ</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>កាមេរ៉ា៖ %1, កាមេរ៉ានិម្មិត៖ %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>ផ្ទាល់៖ %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>ផ្ទាល់ពី %1</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>ការប្រើប្រាស់ប្រកបដោយការទទួលខុសត្រូវ</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ModelStatusWidget</name>
    <message>
        <source>present</source>
        <translation>មាន</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>បាត់</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>ទំហំខុស</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>checksum ខុស</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>កំពុងពិនិត្យម៉ូដែល…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>ម៉ូដែល</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ពិនិត្យម្ដងទៀត</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>ទាញយកម៉ូដែលដែលបាត់</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>ទាញយកម៉ូដែលនីមួយៗក្នុងបញ្ជីដែលបាត់ ឬខូច ទៅក្នុងថតម៉ូដែល ដោយពិនិត្យ checksum របស់ឯកសារនីមួយៗ</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>កំពុងពិនិត្យ %1…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>ម៉ូដែលទាំងអស់មាននៅក្នុង %1</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>ម៉ូដែលដែលបាត់ ឬខូចនៅក្នុង %1៖ %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1៖ %2 នៃ %3</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::OptionForm</name>
    <message>
        <source>Swap every face</source>
        <translation>ប្ដូរមុខទាំងអស់</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>ការជ្រើសរើសមុខ</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>កម្រិតនៃភាពស្រដៀង</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>បរាជ័យ​ពេល​គោលដៅ​គ្មាន​មុខ</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>ទំហំ​ឧបករណ៍​រក​មុខ</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>កម្រិត​ឧបករណ៍​រក​មុខ</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>រក្សាមាត់របស់គោលដៅ</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>ផ្គូផ្គងពណ៌ទៅនឹងគោលដៅ</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>ការលាយ Poisson (គ្មានស្នាម)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>ភាពស្រអាប់</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>ភាពមុត</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>កម្មវិធីកែលម្អ</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>កម្រិតលាយនៃការកែលម្អ</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>កម្មវិធីអ៊ិនកូដ</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>ការ​ឌិកូដ​ដោយ​ផ្នែក​រឹង</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>គុណភាព</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>រក្សាអត្រាស៊ុម</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>ដក​សំឡេង​ចេញ</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>រក្សាស៊ុមដែលបានប្ដូរ (ថត PNG នៅក្បែរលទ្ធផល)</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>គូរសញ្ញាដែលមើលឃើញលើលទ្ធផល</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>ទីតាំងសញ្ញា</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>ភាពស្រអាប់នៃសញ្ញា</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>កុំ​សរសេរ​ស្លាក​ប្ដូរ​មុខ​ក្នុង​ទិន្នន័យ​មេតា</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>បដិសេធគោលដៅដែលតម្រងខ្លឹមសារសម្គាល់ (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>ប្រភេទរបាំងមុខ</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>ភាពព្រាលនៃរបាំងប្រអប់</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>គម្លាតរបាំងប្រអប់ (លើ,ស្តាំ,ក្រោម,ឆ្វេង %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>ម៉ូដែលបាំង</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>ម៉ូដែលវិភាគមុខ</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>តំបន់របាំង</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>ផ្នែករបាំង</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>ភាពស្មោះត្រង់នៃការកែលម្អ</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>គំរូប្តូរមុខ</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>ការបង្កើនភីកសែល</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>កម្លាំងអត្តសញ្ញាណ</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>គោលដៅជាថត៖ គ្មានការមើលជាមុន</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>សូមជ្រើសរើសរូបភាព ឬវីដេអូគោលដៅ</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>បន្ថែមមុខប្រភពដើម្បីមើលការប្ដូរ</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>បានប្ដូរមុខ %1 ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>&apos;%1&apos; គ្មានស៊ុមសម្រាប់មើលជាមុនទេ</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>បើគ្មានស្លាកទេ គ្មានអ្វីនៅក្នុងឯកសារបញ្ជាក់ថាវាត្រូវបានបង្កើតដោយការប្ដូរមុខទេ៖ សូមដាក់ស្លាកដោយខ្លួនឯងនៅកន្លែងដែលអ្នកផ្សព្វផ្សាយវា។</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>រូបថតមុខប្រភព (រូបថតច្រើនរបស់មនុស្សម្នាក់ត្រូវបានយកជាមធ្យម)។ ទម្លាក់ឯកសាររូបភាពនៅទីនេះ។</translation>
    </message>
</context>
</TS>
