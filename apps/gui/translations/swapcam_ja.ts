<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>始める前に</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>swapcam は画像、動画、ライブカメラの顔を入れ替えます。同意を得た人の顔だけを使い、結果を他人をだます、嫌がらせをする、中傷するために決して使わず、お住まいの地域の法律を守ってください。出力には、顔の入れ替えで作成されたことを示すラベルが付きます。</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>同意する</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>顔の割り当てには画像または動画のターゲットが必要です (指定: 「%1」)</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>顔の割り当てが空です: 少なくとも 1 人にソース写真を指定してください</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>顔の割り当て</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>ターゲット内の顔を探しています…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>ターゲットの人物</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>出現数</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>ソース写真</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>顔を探せません: %1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>ターゲットに顔が見つかりません。</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>見つかった人物: %1。入れ替える人物ごとにソース写真を選んでください。写真のない人物はそのまま残ります。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>画像 (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>画像と動画 (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>すべてのファイル (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>顔は入れ替えられませんでした: ターゲットは変更なしで %1 に書き出されました</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>%2 個中 %1 個の顔を入れ替えました: %3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>%1 フレーム (入れ替えあり %2)、%3 fps、%4: %5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>画像 %1 件と動画 %2 件、失敗 %3 件: %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>キャンセルしました: 何も書き出されていません</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>予期しないエラー: %1</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::LiveWindow</name>
    <message>
        <source>swapcam live</source>
        <translation>swapcam ライブ</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>左右反転</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>仮想カメラ</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>仮想カメラ (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>仮想カメラデバイス (v4l2loopback) が見つかりませんでした</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>ソースを変更…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>ソースの顔写真</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>開始できません: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>%1 からライブ中</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>停止しました: %1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>新しいソースの顔を準備しています…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ソース: %1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>ソースは変更されませんでした: %1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>入力 %1 fps、出力 %2 fps · 遅延 p50 %3 ms、p95 %4 ms · 破棄 %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>入れ替え</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>実行環境</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>ソースの顔</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>ソースの顔写真</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>画像、動画またはフォルダー (ウィンドウにドロップも可)</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>画像/動画…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>ターゲットの隣に「_swapped」を付けて保存</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>ソースの顔とターゲットを選んでください</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>元画像を表示</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>ビフォー/アフター: ターゲットのフレームをそのまま、または入れ替え後で表示</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>フレーム %1 (%2 秒)</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>ターゲット人物の写真 (参照による選択)</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>顔を割り当て…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>参照用の顔</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>顔の割り当て</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>自動 (利用できる最良のもの)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>まだ読み込まれていません</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>読み込まれたモデルが実際に動作している環境: 失敗したプロバイダーは代替に切り替わり、自動精度はプロバイダーごとに決まります</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>実行プロバイダー</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>推論スレッド数</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>モデルフォルダー</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>カメラ、またはその代わりとなる動画ファイル / 画像フォルダー</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>ファイル…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>デバイスの既定</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>左右反転 (自撮り表示)</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>fps と遅延をフレームに表示</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>仮想カメラに送る</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>カメラを探しています…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>仮想カメラ</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>カメラの代わりに使う動画</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (利用不可)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>フォルダー: 中のすべての画像と動画を入れ替えます</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>ターゲットの画像または動画</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>ターゲットフォルダー</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>出力動画</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>動画 (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>出力画像</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>先にターゲットを選んでください</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>ターゲット「%1」は存在しません</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>%1 に入れ替え中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1 (元画像を表示中)</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>カメラが見つかりません。動画ファイルで代用できます。</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>カメラを利用できません: %1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>仮想カメラデバイス (v4l2loopback) が見つかりません</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>カメラ: %1、仮想カメラ: %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>ライブ: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>%1 からライブ中</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>責任ある利用</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ModelStatusWidget</name>
    <message>
        <source>present</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>サイズ不一致</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>チェックサム不一致</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>モデルを確認しています…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>足りないモデルを取得</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>マニフェストのうち欠けている、または壊れているモデルをすべてモデルフォルダーにダウンロードし、各ファイルのチェックサムを確認します</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>すべてのモデルが %1 にあります</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>%1 で欠けている、または壊れているモデル: %2</translation>
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
        <translation>すべての顔を入れ替える</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>顔の選択</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>類似度のしきい値</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>ターゲットに顔がない場合は失敗にする</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>検出器のサイズ</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>検出器のしきい値</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>ターゲットの口を残す</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>色をターゲットに合わせる</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>ポアソン (シームレス) 合成</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>シャープネス</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>補正</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>補正の割合</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>エンコーダー</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>ハードウェアデコード</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>フレームレートを維持</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>音声を削除</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>入れ替えたフレームを残す (出力の隣に PNG フォルダー)</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>出力に目に見える印を描く</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>印の位置</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>印の不透明度</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>メタデータに顔入れ替えラベルを書き込まない</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>コンテンツフィルターが検出したターゲットを拒否する (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>顔マスクの種類</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>ボックスマスクのぼかし</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>ボックスマスクの余白 (上,右,下,左 %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>遮蔽モデル</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>顔パーサーモデル</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>マスク領域</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>マスク範囲</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>補正の忠実度</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>スワップモデル</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>ピクセルブースト</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>アイデンティティの強さ</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>フォルダーがターゲット: プレビューなし</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>ターゲットの画像または動画を選んでください</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>入れ替えを見るにはソースの顔を追加してください</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>%2 個中 %1 個の顔を入れ替えました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>「%1」にはプレビューできるフレームがありません</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>ラベルがないと、ファイルのどこにも顔の入れ替えで作成されたことが示されません。公開する場所でご自身で明記してください。</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>ソースの顔写真 (同じ人物の複数の写真は平均されます)。ここに画像ファイルをドロップしてください。</translation>
    </message>
</context>
</TS>
