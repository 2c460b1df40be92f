<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Sebelum Anda mulai</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>swapcam mengganti wajah pada gambar, video, dan kamera langsung. Gunakan hanya wajah orang yang telah memberikan persetujuan, jangan pernah gunakan hasilnya untuk menipu, melecehkan, atau mencemarkan nama baik siapa pun, dan patuhi hukum di tempat Anda tinggal. Keluaran diberi label bahwa keluaran itu dibuat dengan penukaran wajah.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Saya setuju</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>pemetaan wajah memerlukan target gambar atau video (diterima &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>peta wajah kosong: berikan foto sumber kepada setidaknya satu orang</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>Pemetaan wajah</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>Mencari wajah di target…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>Orang di target</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Terlihat</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>Foto sumber</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>Tidak dapat mencari wajah: %1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>Tidak ada wajah yang ditemukan di target.</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>Orang ditemukan: %1. Pilih foto sumber untuk setiap orang yang ingin ditukar; orang tanpa foto dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>Gambar (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>Gambar dan video (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Semua berkas (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>Tidak ada wajah yang ditukar: target ditulis tanpa perubahan ke %1</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>%1 dari %2 wajah ditukar: %3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>%1 frame (%2 dengan penukaran) pada %3 fps dengan %4: %5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>%1 gambar dan %2 video, %3 gagal: %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>Dibatalkan: tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Kesalahan tak terduga: %1</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::LiveWindow</name>
    <message>
        <source>swapcam live</source>
        <translation>swapcam langsung</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Memulai kamera…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Cermin</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Kamera virtual</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>Kamera virtual (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>Tidak ditemukan perangkat kamera virtual (v4l2loopback)</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>Ganti sumber…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Foto wajah sumber</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Tidak dapat memulai: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Langsung dari %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Dihentikan: %1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>Menyiapkan wajah sumber baru…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>Sumber tidak diganti: %1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>%1 fps masuk, %2 fps keluar · latensi p50 %3 ms, p95 %4 ms · dibuang %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>Tukar</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Gagal: %1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>Wajah sumber</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>Foto wajah sumber</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>Gambar, video, atau folder (atau jatuhkan ke jendela)</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>Gambar/video…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>Di samping target, ditambah &quot;_swapped&quot;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>Pilih wajah sumber dan target</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Tampilkan asli</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>Sebelum/sesudah: frame target apa adanya, atau setelah ditukar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>frame %1 (%2 d)</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>Foto orang target (pemilih referensi)</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>Petakan wajah…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Bersihkan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>Wajah referensi</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>Pemetaan wajah</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>otomatis (terbaik yang tersedia)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>belum dimuat</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>Apa yang benar-benar menjalankan model yang dimuat: penyedia yang gagal beralih ke cadangan, dan presisi otomatis ditentukan per penyedia</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Penyedia eksekusi</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Presisi</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>Thread inferensi</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Folder model</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Digunakan</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>Kamera, atau berkas video / folder gambar sebagai penggantinya</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Berkas…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>bawaan perangkat</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>Cermin (tampilan swafoto)</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>Gambar fps dan latensi pada frame</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>Kirim ke kamera virtual</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Mencari kamera…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolusi</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Laju frame</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Kamera virtual</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>Video sebagai pengganti kamera</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (tidak tersedia)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>image</source>
        <translation>gambar</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>folder: setiap gambar dan video di dalamnya ditukar</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>Gambar atau video target</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Folder target</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Folder keluaran</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>Video keluaran</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Video (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>Gambar keluaran</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>Pilih target terlebih dahulu</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>Target &apos;%1&apos; tidak ada</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>Menukar ke %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1 (menampilkan yang asli)</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>Tidak ada kamera; berkas video dapat menggantikannya.</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>Kamera tidak tersedia: %1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>Tidak ditemukan perangkat kamera virtual (v4l2loopback)</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>Kamera: %1, kamera virtual: %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Langsung: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>Langsung dari %1</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>Penggunaan yang bertanggung jawab</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ModelStatusWidget</name>
    <message>
        <source>present</source>
        <translation>ada</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>hilang</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>ukuran salah</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>checksum salah</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>Memeriksa model…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>Unduh model yang hilang</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>Mengunduh setiap model manifes yang hilang atau rusak ke folder model, sambil memeriksa checksum setiap berkas</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>Semua model ada di %1</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>Model yang hilang atau rusak di %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 dari %3</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::OptionForm</name>
    <message>
        <source>Swap every face</source>
        <translation>Tukar setiap wajah</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>Pemilih wajah</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Ambang kemiripan</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>Gagal jika target tidak memiliki wajah</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>Ukuran detektor</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>Ambang detektor</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>Pertahankan mulut target</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>Cocokkan warna dengan target</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>Campuran Poisson (mulus)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opasitas</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Ketajaman</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>Penyempurna</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>Campuran penyempurna</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>Dekode perangkat keras</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>Pertahankan laju frame</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>Buang audio</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>Simpan frame yang ditukar (folder PNG di samping keluaran)</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>Gambar tanda yang terlihat pada keluaran</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>Posisi tanda</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>Opasitas tanda</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>Jangan tulis label tukar wajah ke metadata</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>Tolak target yang ditandai filter konten (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>Jenis masker wajah</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>Keburaman masker kotak</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>Bantalan masker kotak (atas,kanan,bawah,kiri %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>Model oklusi</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>Model pengurai wajah</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>Wilayah masker</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>Area masker</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>Kesetiaan penyempurna</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>Model penukar</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>Peningkatan piksel</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>Kekuatan identitas</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>Target folder: tanpa pratinjau</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>Pilih gambar atau video target</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>Tambahkan wajah sumber untuk melihat penukaran</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>%1 dari %2 wajah ditukar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>&apos;%1&apos; tidak memiliki frame untuk pratinjau</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>Tanpa label, tidak ada apa pun di berkas yang menyatakan bahwa berkas dibuat dengan penukaran wajah: beri label sendiri di tempat Anda memublikasikannya.</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>Foto wajah sumber (beberapa foto satu orang dirata-ratakan). Jatuhkan berkas gambar di sini.</translation>
    </message>
</context>
</TS>
