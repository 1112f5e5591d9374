import type { PolicySlug } from '@/db/schema';

// Demo text for each policy page: version 1 of every page until the shop saves its own in /admin. It is
// marked as a template (the page says so) because only the shop can state its real terms.

export type PolicyTemplate = { title: string; html: string };

export const POLICY_TEMPLATES: Record<PolicySlug, PolicyTemplate> = {
  'dieu-khoan-su-dung': {
    title: 'Điều khoản sử dụng',
    html: `<h2>1. Phạm vi áp dụng</h2>
<p>Điều khoản này áp dụng khi bạn truy cập website, tạo tài khoản hoặc đặt hàng tại Audio Tài Lộc. Khi đặt hàng hoặc đăng ký tài khoản, bạn xác nhận đã đọc và đồng ý với điều khoản này và <a href="/chinh-sach/bao-mat-thong-tin">Chính sách bảo mật thông tin</a>.</p>
<h2>2. Tài khoản</h2>
<p>Bạn chịu trách nhiệm giữ bí mật mật khẩu và các thông tin đăng nhập. Hãy báo ngay cho chúng tôi nếu phát hiện tài khoản bị sử dụng trái phép.</p>
<h2>3. Thông tin sản phẩm và giá</h2>
<p>Chúng tôi cố gắng mô tả sản phẩm và giá chính xác. Giá đã bao gồm VAT. Nếu có sai sót rõ ràng về giá, chúng tôi sẽ liên hệ để bạn xác nhận lại hoặc hủy đơn mà không mất phí.</p>
<h2>4. Hành vi bị cấm</h2>
<ul><li>Sử dụng website để gian lận, đặt hàng giả hoặc gây quá tải hệ thống.</li><li>Sao chép nội dung, hình ảnh khi chưa được phép.</li></ul>
<h2>5. Luật áp dụng</h2>
<p>Điều khoản được điều chỉnh bởi pháp luật Việt Nam. Tranh chấp được giải quyết theo <a href="/chinh-sach/giai-quyet-khieu-nai">Chính sách giải quyết khiếu nại</a>.</p>`,
  },
  'mua-hang-thanh-toan': {
    title: 'Chính sách mua hàng và thanh toán',
    html: `<h2>1. Đặt hàng</h2>
<p>Bạn chọn sản phẩm, thêm vào giỏ hàng và điền thông tin giao hàng tại trang thanh toán. Đơn hàng được xác nhận qua email kèm đường dẫn theo dõi đơn.</p>
<h2>2. Phương thức thanh toán</h2>
<ul><li>Thanh toán khi nhận hàng (COD).</li><li>Chuyển khoản VietQR qua PayOS.</li><li>Cổng VNPay (thẻ ATM, thẻ quốc tế, QR).</li><li>Ví MoMo.</li></ul>
<p>Đơn thanh toán trực tuyến chưa được thanh toán trong thời hạn hiển thị khi đặt hàng sẽ tự hủy và sản phẩm được hoàn về kho.</p>
<h2>3. Hóa đơn</h2>
<p>Bạn có thể yêu cầu hóa đơn VAT ngay khi đặt hàng bằng cách điền tên công ty, mã số thuế và địa chỉ.</p>`,
  },
  'van-chuyen-giao-hang': {
    title: 'Chính sách vận chuyển và giao hàng',
    html: `<h2>1. Phạm vi giao hàng</h2>
<p>Chúng tôi giao hàng toàn quốc qua các đơn vị vận chuyển đối tác.</p>
<h2>2. Phí vận chuyển</h2>
<p>Phí vận chuyển được tính và hiển thị tại trang thanh toán trước khi bạn đặt hàng; đơn hàng đạt mức giá trị quy định được miễn phí vận chuyển.</p>
<h2>3. Thời gian giao hàng</h2>
<p>Nội thành TP. Hồ Chí Minh: 1–2 ngày làm việc. Các tỉnh thành khác: 2–5 ngày làm việc. Khi đơn được giao cho đơn vị vận chuyển, bạn nhận email kèm mã vận đơn.</p>
<h2>4. Kiểm tra hàng</h2>
<p>Bạn được kiểm tra ngoại quan sản phẩm trước khi nhận. Nếu kiện hàng móp méo hoặc sai sản phẩm, hãy từ chối nhận và báo ngay cho chúng tôi.</p>`,
  },
  'doi-tra-hoan-tien': {
    title: 'Chính sách đổi trả và hoàn tiền',
    html: `<h2>1. Điều kiện đổi trả</h2>
<ul><li>Trong 7 ngày kể từ khi nhận hàng, sản phẩm lỗi do nhà sản xuất hoặc giao sai được đổi mới hoặc hoàn tiền.</li><li>Sản phẩm còn đầy đủ hộp, phụ kiện, quà tặng và không có dấu hiệu va đập, vào nước.</li></ul>
<h2>2. Cách yêu cầu</h2>
<p>Liên hệ hotline hoặc email kèm mã đơn hàng (tra cứu tại trang <a href="/tra-cuu-don-hang">Tra cứu đơn hàng</a>). Nhân viên sẽ hướng dẫn gửi lại sản phẩm.</p>
<h2>3. Hoàn tiền</h2>
<p>Tiền được hoàn qua đúng phương thức bạn đã thanh toán (cổng thanh toán hoặc chuyển khoản với đơn COD) trong 3–7 ngày làm việc sau khi chúng tôi nhận lại sản phẩm. Đơn đã thanh toán bị hủy được hoàn toàn bộ số tiền.</p>`,
  },
  'bao-hanh': {
    title: 'Chính sách bảo hành',
    html: `<h2>1. Thời hạn bảo hành</h2>
<p>Sản phẩm được bảo hành chính hãng theo thời hạn ghi trên phiếu bảo hành hoặc trang sản phẩm, tính từ ngày giao hàng.</p>
<h2>2. Tra cứu bảo hành</h2>
<p>Mã đơn hàng là căn cứ bảo hành: tra cứu ngày mua tại trang <a href="/tra-cuu-don-hang">Tra cứu đơn hàng</a> bằng mã đơn và số điện thoại.</p>
<h2>3. Không thuộc phạm vi bảo hành</h2>
<ul><li>Hư hỏng do rơi vỡ, vào nước, cháy nổ, sử dụng sai điện áp.</li><li>Sản phẩm đã bị sửa chữa bởi bên thứ ba.</li></ul>`,
  },
  'bao-mat-thong-tin': {
    title: 'Chính sách bảo mật thông tin',
    html: `<h2>1. Dữ liệu chúng tôi thu thập</h2>
<p>Họ tên, số điện thoại, email, địa chỉ giao hàng, lịch sử đơn hàng và địa chỉ IP khi bạn đặt hàng hoặc đăng ký, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.</p>
<h2>2. Mục đích</h2>
<p>Xử lý và giao đơn hàng, bảo hành, chăm sóc khách hàng, và gửi tin khuyến mãi qua email hoặc Zalo chỉ khi bạn đồng ý riêng cho từng kênh. Mỗi tin khuyến mãi có liên kết hủy đăng ký một chạm.</p>
<h2>3. Thời gian lưu trữ</h2>
<p>Dữ liệu đơn hàng được lưu trong thời hạn pháp luật kế toán yêu cầu (10 năm); giỏ hàng bỏ dở và dữ liệu kỹ thuật được xóa định kỳ.</p>
<h2>4. Quyền của bạn</h2>
<ul><li>Xem, tải về dữ liệu của bạn (định dạng JSON) trong mục Tài khoản › Dữ liệu cá nhân.</li><li>Sửa thông tin cá nhân và địa chỉ.</li><li>Yêu cầu xóa tài khoản: sau khi xác nhận qua email và hết thời gian chờ, thông tin cá nhân được xóa; đơn hàng được giữ cho mục đích kế toán với họ tên, số điện thoại, địa chỉ đã được che.</li><li>Rút lại đồng ý nhận tin khuyến mãi bất cứ lúc nào.</li></ul>
<p>Khách mua không có tài khoản có thể yêu cầu qua đường dẫn bảo mật của đơn hàng trong email xác nhận.</p>
<h2>5. Chia sẻ dữ liệu</h2>
<p>Chúng tôi chỉ chia sẻ dữ liệu cần thiết với đơn vị vận chuyển và cổng thanh toán để thực hiện đơn hàng.</p>`,
  },
  'giai-quyet-khieu-nai': {
    title: 'Chính sách giải quyết khiếu nại',
    html: `<h2>1. Tiếp nhận</h2>
<p>Bạn gửi khiếu nại qua hotline, email hoặc trực tiếp tại cửa hàng (xem trang <a href="/lien-he">Liên hệ</a>), kèm mã đơn hàng và mô tả vấn đề.</p>
<h2>2. Thời hạn xử lý</h2>
<p>Chúng tôi phản hồi trong 24 giờ làm việc và giải quyết trong tối đa 7 ngày làm việc kể từ khi nhận đủ thông tin.</p>
<h2>3. Giải quyết tranh chấp</h2>
<p>Tranh chấp được ưu tiên giải quyết bằng thương lượng. Nếu không đạt thỏa thuận, một trong hai bên có thể yêu cầu cơ quan có thẩm quyền giải quyết theo pháp luật Việt Nam.</p>`,
  },
};
