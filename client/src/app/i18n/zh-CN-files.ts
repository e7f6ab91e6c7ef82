/** Attachments: picking, uploading and showing files. */
export const zhCNFiles = {
  files: {
    title: '附件',
    pick: '点击选择或拖入文件',
    help: '图片（{{IMAGE}}）、视频（{{VIDEO}}）、音频（{{AUDIO}}）、PDF（{{PDF}}）、Office 文档（{{DOCUMENT}}）、纯文本（{{TEXT}}）、zip（{{ARCHIVE}}）；最多 {{max}} 个。网络中断后会自动续传',
    uploading: '正在上传 {{percent}}%',
    done: '已上传',
    failed: '上传失败',
    offline: '网络已断开，恢复后自动从断点续传',
    retry: '重试',
    remove: '移除 {{name}}',
    downloadPrefix: '下载',
    waitForUploads: '请等待文件上传完成，或移除未完成的文件',
    tooMany: '最多可附 {{max}} 个文件',
    removeAttached: '删除附件 {{name}}',
    confirmRemove: '删除附件“{{name}}”？删除后无法恢复。',
    removed: '附件已删除',
    attachedCount: '已附 {{count}} 个文件，还可再附 {{left}} 个',
    kind: { IMAGE: '图片', VIDEO: '视频', AUDIO: '音频', PDF: 'PDF', DOCUMENT: '文档', TEXT: '文本', ARCHIVE: '压缩包' },
    problem: {
      TYPE_NOT_ALLOWED: '不支持这种文件：可上传图片、视频、音频、PDF、Office 文档、纯文本和 zip',
      TOO_LARGE: '文件超过该类型的大小上限（{{max}}）',
      EMPTY: '文件是空的',
      NAME_TOO_LONG: '文件名太长',
    },
  },
};

/** Attachments: the server's refusals (spread into `errors.reason`). */
export const zhCNFileErrorReasons = {
  FILE_NOT_ATTACHABLE: '只能附上本人上传完成、且未附在别处的文件。',
  TOO_MANY_UPLOADS: '同时上传的文件过多，请等前面的上传完成。',
  STORAGE_QUOTA: '您的文件存储空间已满，请先删除不再需要的附件。',
  TOO_MANY_FILES: '附件数量已达上限，请先删除一些。',
};
