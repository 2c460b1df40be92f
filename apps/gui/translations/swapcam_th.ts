<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>ก่อนเริ่มต้น</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>swapcam สลับใบหน้าในภาพ วิดีโอ และกล้องสด ใช้เฉพาะใบหน้าของผู้ที่ให้ความยินยอมแล้วเท่านั้น อย่านำผลลัพธ์ไปใช้หลอกลวง คุกคาม หรือหมิ่นประมาทผู้ใด และปฏิบัติตามกฎหมายในที่ที่คุณอาศัยอยู่ ผลลัพธ์จะมีป้ายกำกับว่าสร้างขึ้นด้วยการสลับใบหน้า</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>ฉันยอมรับ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>การจับคู่ใบหน้าต้องใช้เป้าหมายที่เป็นรูปภาพหรือวิดีโอ (ได้รับ &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>การจับคู่ใบหน้าว่างเปล่า: กำหนดรูปต้นทางให้อย่างน้อยหนึ่งคน</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>การจับคู่ใบหน้า</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>กำลังค้นหาใบหน้าในเป้าหมาย…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>บุคคลในเป้าหมาย</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>พบ</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>รูปต้นทาง</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>ค้นหาใบหน้าไม่ได้: %1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>ไม่พบใบหน้าในเป้าหมาย</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>พบบุคคล: %1 เลือกรูปต้นทางให้แต่ละคนที่ต้องการสลับ คนที่ไม่มีรูปจะคงไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>รูปภาพ (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>รูปภาพและวิดีโอ (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>ไฟล์ทั้งหมด (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>ไม่ได้สลับใบหน้า: เขียนเป้าหมายโดยไม่เปลี่ยนแปลงไปที่ %1</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>สลับใบหน้าแล้ว %1 จาก %2: %3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>%1 เฟรม (สลับ %2) ที่ %3 fps ด้วย %4: %5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>รูปภาพ %1 และวิดีโอ %2 ล้มเหลว %3: %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>ยกเลิกแล้ว: ไม่ได้เขียนอะไร</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>ข้อผิดพลาดที่ไม่คาดคิด: %1</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::LiveWindow</name>
    <message>
        <source>swapcam live</source>
        <translation>swapcam สด</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>กำลังเปิดกล้อง…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>กลับด้าน</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>กล้องเสมือน</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>กล้องเสมือน (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>ไม่พบอุปกรณ์กล้องเสมือน (v4l2loopback)</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>เปลี่ยนต้นทาง…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>รูปใบหน้าต้นทาง</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>เริ่มไม่ได้: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>สดจาก %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>หยุดแล้ว: %1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>กำลังเตรียมใบหน้าต้นทางใหม่…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ต้นทาง: %1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>ไม่ได้เปลี่ยนต้นทาง: %1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>เข้า %1 fps, ออก %2 fps · หน่วง p50 %3 ms, p95 %4 ms · ทิ้ง %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>สลับ</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>วิดีโอ</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>รันไทม์</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>สด</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>ล้มเหลว: %1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>ใบหน้าต้นทาง</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>รูปใบหน้าต้นทาง</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>รูปภาพ วิดีโอ หรือโฟลเดอร์ (หรือลากมาวางบนหน้าต่าง)</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>รูปภาพ/วิดีโอ…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>โฟลเดอร์…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>ข้างเป้าหมาย โดยเติม &quot;_swapped&quot;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>เลือกใบหน้าต้นทางและเป้าหมาย</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>แสดงต้นฉบับ</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>ก่อน/หลัง: เฟรมเป้าหมายตามเดิม หรือหลังสลับ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>เฟรม %1 (%2 วินาที)</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>รูปของบุคคลเป้าหมาย (ตัวเลือกแบบอ้างอิง)</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>จับคู่ใบหน้า…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>ใบหน้าอ้างอิง</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>การจับคู่ใบหน้า</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>อัตโนมัติ</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>อัตโนมัติ (ดีที่สุดที่มี)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>อัตโนมัติ</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>ยังไม่ได้โหลด</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>สิ่งที่โมเดลที่โหลดไว้ใช้ทำงานจริง: ผู้ให้บริการที่ล้มเหลวจะสลับไปใช้ตัวสำรอง และความแม่นยำอัตโนมัติจะกำหนดตามผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>ผู้ให้บริการประมวลผล</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>ความแม่นยำ</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>เธรดอนุมาน</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>โฟลเดอร์โมเดล</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>ที่ใช้อยู่</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>กล้อง หรือไฟล์วิดีโอ / โฟลเดอร์รูปภาพที่ใช้แทน</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>ไฟล์…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>ค่าเริ่มต้นของอุปกรณ์</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>กลับด้าน (มุมมองเซลฟี)</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>แสดง fps และความหน่วงบนเฟรม</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>ส่งไปยังกล้องเสมือน</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>กำลังค้นหากล้อง…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>ความละเอียด</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>อัตราเฟรม</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>กล้องเสมือน</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>วิดีโอที่ใช้แทนกล้อง</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (ไม่พร้อมใช้งาน)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>ไม่มีอยู่</translation>
    </message>
    <message>
        <source>image</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>video</source>
        <translation>วิดีโอ</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>โฟลเดอร์: สลับทุกรูปภาพและวิดีโอที่อยู่ข้างใน</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>รูปภาพหรือวิดีโอเป้าหมาย</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>โฟลเดอร์เป้าหมาย</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>โฟลเดอร์ผลลัพธ์</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>วิดีโอผลลัพธ์</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>วิดีโอ (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>รูปภาพผลลัพธ์</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>เลือกเป้าหมายก่อน</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>ไม่มีเป้าหมาย &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>กำลังสลับไปที่ %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1 (แสดงต้นฉบับ)</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>ไม่พบกล้อง ใช้ไฟล์วิดีโอแทนได้</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>ใช้กล้องไม่ได้: %1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>ไม่พบอุปกรณ์กล้องเสมือน (v4l2loopback)</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>กล้อง: %1, กล้องเสมือน: %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>สด: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>สดจาก %1</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>การใช้งานอย่างรับผิดชอบ</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ModelStatusWidget</name>
    <message>
        <source>present</source>
        <translation>มีอยู่</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>หายไป</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>ขนาดไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>checksum ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>กำลังตรวจสอบโมเดล…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>ดาวน์โหลดโมเดลที่ขาด</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>ดาวน์โหลดโมเดลทุกตัวในรายการที่ขาดหรือเสียหายลงในโฟลเดอร์โมเดล พร้อมตรวจ checksum ของแต่ละไฟล์</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>กำลังตรวจสอบ %1…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>มีโมเดลครบทุกตัวใน %1</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>โมเดลที่ขาดหรือเสียหายใน %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 จาก %3</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::OptionForm</name>
    <message>
        <source>Swap every face</source>
        <translation>สลับทุกใบหน้า</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>ตัวเลือกใบหน้า</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>เกณฑ์ความคล้าย</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>ล้มเหลวเมื่อเป้าหมายไม่มีใบหน้า</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>ขนาดตัวตรวจจับ</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>เกณฑ์ตัวตรวจจับ</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>คงปากของเป้าหมายไว้</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>ปรับสีให้เข้ากับเป้าหมาย</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>ผสานแบบ Poisson (ไร้รอยต่อ)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>ความทึบ</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>ความคมชัด</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>ตัวปรับปรุง</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>สัดส่วนการปรับปรุง</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>ตัวเข้ารหัส</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>ถอดรหัสด้วยฮาร์ดแวร์</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>คุณภาพ</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>คงอัตราเฟรม</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>ตัดเสียงออก</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>เก็บเฟรมที่สลับแล้ว (โฟลเดอร์ PNG ข้างผลลัพธ์)</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>วาดเครื่องหมายที่มองเห็นได้บนผลลัพธ์</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>ตำแหน่งเครื่องหมาย</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>ความทึบของเครื่องหมาย</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>ไม่เขียนป้ายการสลับใบหน้าลงในเมทาดาทา</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>ปฏิเสธเป้าหมายที่ตัวกรองเนื้อหาตรวจพบ (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>ชนิดมาสก์ใบหน้า</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>ความเบลอของมาสก์กล่อง</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>ระยะขอบมาสก์กล่อง (บน,ขวา,ล่าง,ซ้าย %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>โมเดลการบดบัง</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>โมเดลแยกส่วนใบหน้า</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>บริเวณของมาสก์</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>ส่วนของมาสก์</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>ความเที่ยงตรงของตัวปรับปรุง</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>โมเดลสลับใบหน้า</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>การเพิ่มพิกเซล</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>ความแรงของอัตลักษณ์</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>เป้าหมายเป็นโฟลเดอร์: ไม่มีตัวอย่าง</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>เลือกรูปภาพหรือวิดีโอเป้าหมาย</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>เพิ่มใบหน้าต้นทางเพื่อดูการสลับ</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>สลับใบหน้าแล้ว %1 จาก %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>&apos;%1&apos; ไม่มีเฟรมสำหรับแสดงตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>หากไม่มีป้ายกำกับ จะไม่มีสิ่งใดในไฟล์ที่บอกว่าสร้างขึ้นด้วยการสลับใบหน้า: โปรดระบุด้วยตนเองในที่ที่คุณเผยแพร่</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>รูปใบหน้าต้นทาง (หลายรูปของคนเดียวกันจะนำมาเฉลี่ย) ลากไฟล์รูปภาพมาวางที่นี่</translation>
    </message>
</context>
</TS>
