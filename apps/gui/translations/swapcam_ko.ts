<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>swapcam::gui::ConsentDialog</name>
    <message>
        <source>Before you start</source>
        <translation>시작하기 전에</translation>
    </message>
    <message>
        <source>swapcam replaces faces in images, videos and a live camera. Only use the faces of people who have given their consent, never use the results to deceive, harass or defame anyone, and follow the law where you live. Outputs carry a label saying that they were made by face swapping.</source>
        <translation>swapcam은 이미지, 동영상, 라이브 카메라의 얼굴을 바꿉니다. 동의한 사람의 얼굴만 사용하고, 결과물을 누군가를 속이거나 괴롭히거나 명예를 훼손하는 데 절대 사용하지 말며, 거주 지역의 법을 지키십시오. 출력물에는 얼굴 교체로 만들어졌다는 라벨이 붙습니다.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>동의합니다</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMap</name>
    <message>
        <source>face mapping needs an image or video target (got &apos;%1&apos;)</source>
        <translation>얼굴 매핑에는 이미지 또는 동영상 대상이 필요합니다 (받은 값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the face map is empty: give at least one person a source photo</source>
        <translation>얼굴 매핑이 비어 있습니다: 적어도 한 사람에게 원본 사진을 지정하세요</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FaceMapDialog</name>
    <message>
        <source>Face mapping</source>
        <translation>얼굴 매핑</translation>
    </message>
    <message>
        <source>Looking for faces in the target…</source>
        <translation>대상에서 얼굴을 찾는 중…</translation>
    </message>
    <message>
        <source>Target person</source>
        <translation>대상 인물</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>등장 횟수</translation>
    </message>
    <message>
        <source>Source photo</source>
        <translation>원본 사진</translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>얼굴을 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No face found in the target.</source>
        <translation>대상에서 얼굴을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>People found: %1. Choose a source photo for each person to swap; people without one are left as they are.</source>
        <translation>찾은 인물: %1명. 바꿀 인물마다 원본 사진을 선택하세요. 사진이 없는 인물은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::FileFilter</name>
    <message>
        <source>Images (%1)</source>
        <translation>이미지 (%1)</translation>
    </message>
    <message>
        <source>Images and videos (%1)</source>
        <translation>이미지 및 동영상 (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>모든 파일 (%1)</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::JobRunner</name>
    <message>
        <source>No face swapped: the target was written unchanged to %1</source>
        <translation>바뀐 얼굴 없음: 대상을 변경 없이 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped: %3</source>
        <translation>얼굴 %2개 중 %1개 교체: %3</translation>
    </message>
    <message>
        <source>%1 frames (%2 with swaps) at %3 fps with %4: %5</source>
        <translation>%1프레임 (교체 %2), %3 fps, %4: %5</translation>
    </message>
    <message>
        <source>%1 images and %2 videos, %3 failed: %4</source>
        <translation>이미지 %1개, 동영상 %2개, 실패 %3개: %4</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>취소됨: 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>예기치 않은 오류: %1</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::LiveWindow</name>
    <message>
        <source>swapcam live</source>
        <translation>swapcam 라이브</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>카메라를 시작하는 중…</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>좌우 반전</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>가상 카메라</translation>
    </message>
    <message>
        <source>Virtual camera (%1)</source>
        <translation>가상 카메라 (%1)</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) was found</source>
        <translation>가상 카메라 장치(v4l2loopback)를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>Change source…</source>
        <translation>원본 변경…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>원본 얼굴 사진</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>%1에서 라이브 중</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>중지됨: %1</translation>
    </message>
    <message>
        <source>Preparing the new source face…</source>
        <translation>새 원본 얼굴을 준비하는 중…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>원본: %1</translation>
    </message>
    <message>
        <source>Source not changed: %1</source>
        <translation>원본을 바꾸지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 fps in, %2 fps out · latency p50 %3 ms, p95 %4 ms · dropped %5</source>
        <translation>입력 %1 fps, 출력 %2 fps · 지연 p50 %3 ms, p95 %4 ms · 버림 %5</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::MainWindow</name>
    <message>
        <source>Swap</source>
        <translation>교체</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>실행 환경</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>라이브</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Source face</source>
        <translation>원본 얼굴</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Source face photos</source>
        <translation>원본 얼굴 사진</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Image, video or folder (or drop it on the window)</source>
        <translation>이미지, 동영상 또는 폴더 (창에 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>Image/video…</source>
        <translation>이미지/동영상…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>폴더…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Beside the target, &quot;_swapped&quot; added</source>
        <translation>대상 옆에 &quot;_swapped&quot;를 붙여 저장</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Choose a source face and a target</source>
        <translation>원본 얼굴과 대상을 선택하세요</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>원본 보기</translation>
    </message>
    <message>
        <source>Before/after: the target frame as it is, or as swapped</source>
        <translation>전/후: 대상 프레임을 그대로 또는 교체해서 보여 줍니다</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>frame %1 (%2 s)</source>
        <translation>프레임 %1 (%2초)</translation>
    </message>
    <message>
        <source>Photo of the target person (reference selector)</source>
        <translation>대상 인물의 사진 (참조 선택기)</translation>
    </message>
    <message>
        <source>Map faces…</source>
        <translation>얼굴 매핑…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Reference face</source>
        <translation>참조 얼굴</translation>
    </message>
    <message>
        <source>Face mapping</source>
        <translation>얼굴 매핑</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>auto (best available)</source>
        <translation>자동 (사용 가능한 최적)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>아직 불러오지 않음</translation>
    </message>
    <message>
        <source>What the loaded models actually run on: a provider that failed falls back, and auto precision resolves per provider</source>
        <translation>불러온 모델이 실제로 실행되는 곳: 실패한 공급자는 대체 공급자로 넘어가며, 자동 정밀도는 공급자별로 결정됩니다</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>실행 공급자</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>추론 스레드</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>모델 폴더</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>A camera, or a video file / image folder standing in for one</source>
        <translation>카메라, 또는 이를 대신할 동영상 파일 / 이미지 폴더</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>파일…</translation>
    </message>
    <message>
        <source>device default</source>
        <translation>장치 기본값</translation>
    </message>
    <message>
        <source>Mirror (selfie view)</source>
        <translation>좌우 반전 (셀카 보기)</translation>
    </message>
    <message>
        <source>Draw fps and latency on the frames</source>
        <translation>프레임에 fps와 지연 시간 표시</translation>
    </message>
    <message>
        <source>Send to the virtual camera</source>
        <translation>가상 카메라로 보내기</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>카메라를 찾는 중…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>프레임 속도</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>가상 카메라</translation>
    </message>
    <message>
        <source>Video standing in for a camera</source>
        <translation>카메라 대신 사용할 동영상</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (사용할 수 없음)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>존재하지 않음</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>folder: every image and video inside is swapped</source>
        <translation>폴더: 안에 있는 모든 이미지와 동영상을 교체합니다</translation>
    </message>
    <message>
        <source>Target image or video</source>
        <translation>대상 이미지 또는 동영상</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>대상 폴더</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>출력 폴더</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>출력 동영상</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>동영상 (%1)</translation>
    </message>
    <message>
        <source>Output image</source>
        <translation>출력 이미지</translation>
    </message>
    <message>
        <source>Choose a target first</source>
        <translation>먼저 대상을 선택하세요</translation>
    </message>
    <message>
        <source>Target &apos;%1&apos; does not exist</source>
        <translation>대상 &apos;%1&apos;이(가) 존재하지 않습니다</translation>
    </message>
    <message>
        <source>Swapping into %1…</source>
        <translation>%1(으)로 교체하는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>%1 (showing the original)</source>
        <translation>%1 (원본 표시 중)</translation>
    </message>
    <message>
        <source>No camera found; a video file can stand in for one.</source>
        <translation>카메라를 찾지 못했습니다. 동영상 파일로 대신할 수 있습니다.</translation>
    </message>
    <message>
        <source>Cameras unavailable: %1</source>
        <translation>카메라를 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No virtual camera device (v4l2loopback) found</source>
        <translation>가상 카메라 장치(v4l2loopback)를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>Cameras: %1, virtual cameras: %2</source>
        <translation>카메라: %1, 가상 카메라: %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>라이브: %1</translation>
    </message>
    <message>
        <source>Live from %1</source>
        <translation>%1에서 라이브 중</translation>
    </message>
    <message>
        <source>Responsible use</source>
        <translation>책임 있는 사용</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ModelStatusWidget</name>
    <message>
        <source>present</source>
        <translation>있음</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>크기 불일치</translation>
    </message>
    <message>
        <source>wrong checksum</source>
        <translation>체크섬 불일치</translation>
    </message>
    <message>
        <source>Checking models…</source>
        <translation>모델을 확인하는 중…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>Fetch missing models</source>
        <translation>누락된 모델 받기</translation>
    </message>
    <message>
        <source>Downloads every missing or damaged model of the manifest into the models folder, checking each file&apos;s checksum</source>
        <translation>매니페스트에서 누락되었거나 손상된 모든 모델을 모델 폴더로 내려받고 각 파일의 체크섬을 확인합니다</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
    <message>
        <source>All models are present in %1</source>
        <translation>모든 모델이 %1에 있습니다</translation>
    </message>
    <message>
        <source>Missing or damaged models in %1: %2</source>
        <translation>%1에서 누락되었거나 손상된 모델: %2</translation>
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
        <translation>모든 얼굴 교체</translation>
    </message>
    <message>
        <source>Face selector</source>
        <translation>얼굴 선택 방식</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>유사도 임계값</translation>
    </message>
    <message>
        <source>Fail when the target has no face</source>
        <translation>대상에 얼굴이 없으면 실패</translation>
    </message>
    <message>
        <source>Detector size</source>
        <translation>검출기 크기</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>검출기 임계값</translation>
    </message>
    <message>
        <source>Keep the target&apos;s mouth</source>
        <translation>대상의 입 유지</translation>
    </message>
    <message>
        <source>Match colours to the target</source>
        <translation>색상을 대상에 맞추기</translation>
    </message>
    <message>
        <source>Poisson (seamless) blend</source>
        <translation>푸아송(이음매 없는) 합성</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>선명도</translation>
    </message>
    <message>
        <source>Enhancer</source>
        <translation>보정기</translation>
    </message>
    <message>
        <source>Enhancer blend</source>
        <translation>보정 혼합 비율</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>인코더</translation>
    </message>
    <message>
        <source>Hardware decoding</source>
        <translation>하드웨어 디코딩</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <source>Keep the frame rate</source>
        <translation>프레임 속도 유지</translation>
    </message>
    <message>
        <source>Drop the audio</source>
        <translation>오디오 제거</translation>
    </message>
    <message>
        <source>Keep the swapped frames (PNG folder beside the output)</source>
        <translation>교체한 프레임 보관 (출력 옆 PNG 폴더)</translation>
    </message>
    <message>
        <source>Draw a visible mark on the output</source>
        <translation>출력에 눈에 보이는 표시 그리기</translation>
    </message>
    <message>
        <source>Mark position</source>
        <translation>표시 위치</translation>
    </message>
    <message>
        <source>Mark opacity</source>
        <translation>표시 불투명도</translation>
    </message>
    <message>
        <source>Leave the face-swap label out of the metadata</source>
        <translation>메타데이터에 얼굴 교체 표시를 쓰지 않음</translation>
    </message>
    <message>
        <source>Refuse targets the content filter flags (NSFW)</source>
        <translation>콘텐츠 필터가 표시한 대상 거부 (NSFW)</translation>
    </message>
    <message>
        <source>Face mask types</source>
        <translation>얼굴 마스크 종류</translation>
    </message>
    <message>
        <source>Box mask blur</source>
        <translation>박스 마스크 흐림</translation>
    </message>
    <message>
        <source>Box mask padding (top,right,bottom,left %)</source>
        <translation>박스 마스크 여백 (위,오른쪽,아래,왼쪽 %)</translation>
    </message>
    <message>
        <source>Occlusion model</source>
        <translation>가림 모델</translation>
    </message>
    <message>
        <source>Face parser model</source>
        <translation>얼굴 분석 모델</translation>
    </message>
    <message>
        <source>Mask regions</source>
        <translation>마스크 영역</translation>
    </message>
    <message>
        <source>Mask areas</source>
        <translation>마스크 부위</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Enhancer fidelity</source>
        <translation>보정 충실도</translation>
    </message>
    <message>
        <source>Swapper</source>
        <translation>스왑 모델</translation>
    </message>
    <message>
        <source>Pixel boost</source>
        <translation>픽셀 부스트</translation>
    </message>
    <message>
        <source>Identity strength</source>
        <translation>신원 강도</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::PreviewEngine</name>
    <message>
        <source>Folder target: no preview</source>
        <translation>폴더 대상: 미리 보기 없음</translation>
    </message>
    <message>
        <source>Choose a target image or video</source>
        <translation>대상 이미지 또는 동영상을 선택하세요</translation>
    </message>
    <message>
        <source>Add a source face to see the swap</source>
        <translation>교체 결과를 보려면 원본 얼굴을 추가하세요</translation>
    </message>
    <message>
        <source>%1 of %2 faces swapped</source>
        <translation>얼굴 %2개 중 %1개 교체</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no frame to preview</source>
        <translation>&apos;%1&apos;에 미리 볼 프레임이 없습니다</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::ResponsibleUsePanel</name>
    <message>
        <source>Without the label, nothing in the file says it was made by face swapping: label it yourself where you publish it.</source>
        <translation>라벨이 없으면 파일 어디에도 얼굴 교체로 만들어졌다는 내용이 없습니다. 게시하는 곳에서 직접 밝혀 주십시오.</translation>
    </message>
</context>
<context>
    <name>swapcam::gui::SourceList</name>
    <message>
        <source>Source face photos (several photos of one person are averaged). Drop image files here.</source>
        <translation>원본 얼굴 사진 (한 사람의 여러 사진은 평균을 냅니다). 이미지 파일을 여기에 끌어다 놓으세요.</translation>
    </message>
</context>
</TS>
