import type { ContentFile } from './course-model';

export interface LessonFile {
  file: ContentFile;
  /** The file name without `.yaml`/`.yml`: what the lesson's id must be. */
  stem: string;
}

export interface CourseFolder {
  /** The folder's path as the files name it, e.g. `content/internal-negotiation`. */
  dir: string;
  /** The folder's own name: what the course's id must be. */
  name: string;
  courseFile?: ContentFile;
  lessonFiles: LessonFile[];
}

export interface ContentLayout {
  folders: CourseFolder[];
  /** Files that are neither `<course>/course.yaml` nor `<course>/lessons/<id>.yaml`. */
  strays: ContentFile[];
}

const LESSON_FILE = /^(.+)\.ya?ml$/;

/**
 * Sorts files into course folders by the end of their path, so the content root may be
 * named by any prefix: `content/`, `test/fixtures/content/x/` or an absolute path.
 */
export function layoutContent(files: ContentFile[]): ContentLayout {
  const folders = new Map<string, CourseFolder>();
  const strays: ContentFile[] = [];
  const folderOf = (segments: string[]): CourseFolder => {
    const dir = segments.join('/');
    const folder = folders.get(dir) ?? { dir, name: segments.at(-1)!, lessonFiles: [] };
    folders.set(dir, folder);
    return folder;
  };
  for (const file of files) {
    const segments = file.path.replace(/\\/g, '/').split('/');
    const name = segments.at(-1)!;
    const parent = segments.at(-2);
    const lesson = LESSON_FILE.exec(name);
    if (segments.length >= 3 && parent === 'lessons' && lesson) {
      folderOf(segments.slice(0, -2)).lessonFiles.push({ file, stem: lesson[1] });
    } else if (segments.length >= 2 && name === 'course.yaml') {
      folderOf(segments.slice(0, -1)).courseFile = file;
    } else {
      strays.push(file);
    }
  }
  return { folders: [...folders.values()], strays };
}
