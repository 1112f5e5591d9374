'use client';

import { CldUploadWidget } from 'next-cloudinary';
import { buttonClass } from '@/components/admin/fields';

// Cloudinary's upload widget with signed uploads: the widget asks /api/admin/cloudinary/sign to sign its
// parameters (staff only), so the API secret never leaves the server and no unsigned preset is needed.

export type UploadedImage = { src: string; width: number; height: number };

type Props = { cloudName: string; apiKey: string; folder: string; onUploaded: (image: UploadedImage) => void };

export function CloudinaryUpload({ cloudName, apiKey, folder, onUploaded }: Props) {
  return (
    <CldUploadWidget
      config={{ cloud: { cloudName, apiKey } }}
      signatureEndpoint="/api/admin/cloudinary/sign"
      options={{
        folder,
        multiple: false,
        maxFiles: 1,
        sources: ['local', 'url'],
        resourceType: 'image',
        clientAllowedFormats: ['jpg', 'jpeg', 'png', 'webp', 'avif'],
        maxFileSize: 5 * 1024 * 1024,
        language: 'vi',
      }}
      onSuccess={(result) => {
        const info = result.info;
        if (info && typeof info === 'object' && 'public_id' in info) {
          onUploaded({ src: info.public_id, width: info.width, height: info.height });
        }
      }}
    >
      {({ open }) => (
        <button type="button" className={buttonClass.secondary} onClick={() => open()}>
          Chọn ảnh để tải lên
        </button>
      )}
    </CldUploadWidget>
  );
}
