import { describeInputFuzz } from './input-fuzz.suite';

describeInputFuzz('embedded');
