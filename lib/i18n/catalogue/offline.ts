/**
 * Offline reading's strings, per edition (each in its readers' own words: 离线保存 / 離線儲存), in a module
 * of their own so that the offline island (islands/lazy/offline.ts), loaded after a page, carries them
 * and no page's HTML has to: every catalogue takes its own from here. `saving` has `{percent}`.
 */
import type { OfflineLabels } from '../types';

export const offlineLabels = {
  'zh-hans': {
    saveAll: '全部离线保存',
    saveAllNote: '把四个版本的全部文章和搜索索引存到本机，没有网络也能阅读、搜索。',
    saving: '正在保存…… {percent}%',
    saved: '已全部离线保存：四个版本和搜索，断网也能读。',
    failedQuota: '保存失败：本机存储空间不足，这次保存不算完成。',
    failedStorage: '保存失败：浏览器不允许保存（例如无痕窗口）。',
    failedNetwork: '保存中断：有文件没有下载成功，请联网后再试。',
    offlineNow: '离线阅读中',
    updateReady: '有新版本，下次翻页时更新',
  },
  'zh-hant': {
    saveAll: '全部離線儲存',
    saveAllNote: '把四個版本的所有文章和搜尋索引存到這台裝置，沒有網路也能閱讀、搜尋。',
    saving: '正在儲存…… {percent}%',
    saved: '已全部離線儲存：四個版本和搜尋，離線也能閱讀。',
    failedQuota: '儲存失敗：裝置儲存空間不足，這次儲存不算完成。',
    failedStorage: '儲存失敗：瀏覽器不允許儲存（例如無痕視窗）。',
    failedNetwork: '儲存中斷：有檔案沒有下載成功，請連上網路後再試。',
    offlineNow: '離線閱讀中',
    updateReady: '有新版本，下次翻頁時更新',
  },
  'zh-hk': {
    saveAll: '全部離線儲存',
    saveAllNote: '把四個版本的所有文章和搜尋索引儲存到這部裝置，沒有網絡也可閱讀、搜尋。',
    saving: '正在儲存…… {percent}%',
    saved: '已全部離線儲存：四個版本和搜尋，離線也可閱讀。',
    failedQuota: '儲存失敗：裝置儲存空間不足，這次儲存並未完成。',
    failedStorage: '儲存失敗：瀏覽器不容許儲存（例如私密瀏覽視窗）。',
    failedNetwork: '儲存中斷：有檔案未能下載，請連接網絡後再試。',
    offlineNow: '離線閱讀中',
    updateReady: '有新版本，下次翻頁時更新',
  },
  en: {
    saveAll: 'Save everything for offline',
    saveAllNote:
      'Keeps all four editions and the search indexes on this device, to read and search without a connection.',
    saving: 'Saving… {percent}%',
    saved: 'Saved for offline: all four editions and search.',
    failedQuota: 'Not saved: this device is out of storage space.',
    failedStorage: 'Not saved: this browser does not allow storage here (a private window?).',
    failedNetwork: 'Saving stopped: a file did not download. Try again when you are online.',
    offlineNow: 'Reading offline',
    updateReady: 'A newer version is ready; it loads with your next page.',
  },
} as const satisfies Record<string, OfflineLabels>;
