<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>swapcam 可替换图像、视频和实时摄像头中的人脸。只使用已获得本人同意的人脸，绝不要用结果欺骗、骚扰或诽谤任何人，并遵守您所在地的法律。输出会带有表明其由换脸生成的标签。</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>人脸映射需要图像或视频作为目标（收到“%1”）</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>人脸映射为空：请至少为一个人物指定源照片</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>人脸映射</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>正在目标中查找人脸…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>目标人物</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>源照片</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>无法查找人脸：%1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>目标中未找到人脸。</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>找到 %1 个人物。请为每个要替换的人物选择一张源照片；没有照片的人物保持原样。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>图像 (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>图像和视频 (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>所有文件 (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>未替换任何人脸：目标已原样写入 %1</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>已替换 %2 张人脸中的 %1 张：%3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>%1 帧（%2 帧有替换），%3 fps，使用 %4：%5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>%1 张图像和 %2 个视频，%3 个失败：%4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>已取消：未写入任何内容</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::LiveWindow</name>
    <message>
        <source>swapcam live</source>
        <translation>swapcam 实时</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>虚拟摄像头</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>虚拟摄像头 (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>未找到虚拟摄像头设备 (v4l2loopback)</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>更换源…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>源人脸照片</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>正在从 %1 实时处理</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>正在准备新的源人脸…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>源：%1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>源未更换：%1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>输入 %1 fps，输出 %2 fps · 延迟 p50 %3 ms，p95 %4 ms · 丢弃 %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>换脸</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>源人脸</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>源人脸照片</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>图像、视频或文件夹（也可拖放到窗口上）</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>图像/视频…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>与目标同目录，文件名加上“_swapped”</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>请选择源人脸和目标</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>显示原图</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>前后对比：显示目标帧的原样或替换后的效果</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>第 %1 帧（%2 秒）</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>目标人物的照片（参考选择器）</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>映射人脸…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>参考人脸</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>人脸映射</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>自动（最佳可用）</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>已加载模型实际运行的位置：失败的执行提供程序会回退，自动精度按提供程序确定</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>执行提供程序</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>推理线程数</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>摄像头，或代替它的视频文件 / 图像文件夹</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>设备默认</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>镜像（自拍视图）</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>在帧上绘制 fps 和延迟</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>发送到虚拟摄像头</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>正在查找摄像头…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>虚拟摄像头</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>代替摄像头的视频</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>文件夹：其中的所有图像和视频都会被替换</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>目标图像或视频</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>目标文件夹</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>输出视频</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>视频 (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>输出图像</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>请先选择目标</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>目标“%1”不存在</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>正在替换到 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1（正在显示原图）</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>未找到摄像头；可以用视频文件代替。</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>摄像头不可用：%1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>未找到虚拟摄像头设备 (v4l2loopback)</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>摄像头：%1，虚拟摄像头：%2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>实时：%1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>正在从 %1 实时处理</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>负责任地使用</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ModelStatusWidget</name>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>大小错误</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>校验和错误</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>正在检查模型…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>获取缺失的模型</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>将清单中所有缺失或损坏的模型下载到模型文件夹，并校验每个文件的校验和</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>所有模型都在 %1 中</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>%1 中缺失或损坏的模型：%2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::OptionForm</name>
    <message>
        <source>Swap every face</source>
        <translation>替换所有人脸</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>人脸选择</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>相似度阈值</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>目标中没有人脸时失败</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>检测器尺寸</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>检测器阈值</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>保留目标的嘴部</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>使颜色与目标一致</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>泊松（无缝）融合</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>锐度</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>增强器</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>增强混合比例</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>硬件解码</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>保持帧率</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>去掉音频</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>保留替换后的帧（输出旁的 PNG 文件夹）</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>在输出上绘制可见标记</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>标记位置</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>标记不透明度</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>不在元数据中写入换脸标记</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>拒绝内容过滤器标记的目标 (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>人脸遮罩类型</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>方框遮罩模糊</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>方框遮罩边距 (上,右,下,左 %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>遮挡模型</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>人脸解析模型</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>遮罩区域</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>遮罩部位</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>增强保真度</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>换脸模型</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>像素增强</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>身份强度</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>文件夹目标：无预览</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>请选择目标图像或视频</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>添加源人脸以查看替换效果</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>已替换 %2 张人脸中的 %1 张</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>“%1”没有可预览的帧</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>没有标签时，文件中不会有任何信息表明它由换脸生成：请在发布之处自行注明。</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>源人脸照片（同一人的多张照片会取平均）。将图像文件拖放到这里。</translation>
    </message>
</context>
</TS>
